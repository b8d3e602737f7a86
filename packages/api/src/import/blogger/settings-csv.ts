/**
 * Takeout's settings.csv, beside feed.atom. Google has written it as "name,value" rows and as one
 * header row with one row of values; both are read, and names are matched loosely
 * (BLOG_LOCALE, locale, Language …), since nothing about this file is documented.
 */
import { parse } from "csv-parse/sync";
import type { ImportSettings, SourceRef } from "../model";
import { languageOf } from "./map-common";

const KEYS: Record<string, keyof Fields> = {
  blogname: "title",
  title: "title",
  blogtitle: "title",
  blogdescription: "description",
  description: "description",
  bloglocale: "locale",
  locale: "locale",
  language: "locale",
  bloglanguage: "locale",
  blogtimezone: "timezone",
  timezone: "timezone",
  blogurl: "url",
  url: "url",
  address: "url",
  blogsubdomain: "subdomain",
  subdomain: "subdomain",
  customdomain: "domain",
  blogcustomdomain: "domain",
};

interface Fields {
  title?: string;
  description?: string;
  locale?: string;
  timezone?: string;
  url?: string;
  subdomain?: string;
  domain?: string;
}

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z]/g, "");

export function parseSettingsCsv(text: string, ref: SourceRef = { entry: 0, line: 1 }): ImportSettings | null {
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ""), { relaxColumnCount: true, skipEmptyLines: true, trim: true }) as string[][];
  } catch {
    return null;
  }
  const fields: Fields = {};
  const header = rows[0] ?? [];
  const headerKeys = header.map((cell) => KEYS[normalise(cell)]);
  if (rows.length >= 2 && headerKeys.filter(Boolean).length >= 2) {
    const values = rows[1] ?? [];
    headerKeys.forEach((key, column) => {
      if (key && values[column]) fields[key] ??= values[column];
    });
  } else {
    const looksLikeHeader = /^(name|key|setting)s?$/i.test(header[0] ?? "") && /^values?$/i.test(header[1] ?? "");
    for (const [name, value] of looksLikeHeader ? rows.slice(1) : rows) {
      const key = name ? KEYS[normalise(name)] : undefined;
      if (key && value) fields[key] ??= value;
    }
  }
  const settings: ImportSettings = { type: "settings", ref };
  if (fields.title) settings.title = fields.title;
  if (fields.description !== undefined) settings.description = fields.description;
  if (fields.locale) {
    const language = languageOf(fields.locale);
    if (language) settings.language = language;
    else settings.unsupportedLocale = fields.locale;
  }
  if (fields.timezone) settings.timezone = fields.timezone;
  const urls: string[] = [];
  if (fields.url && /^https?:\/\//i.test(fields.url)) urls.push(fields.url);
  if (fields.subdomain && /^[a-z0-9-]+$/i.test(fields.subdomain)) urls.push(`https://${fields.subdomain.toLowerCase()}.blogspot.com/`);
  if (fields.domain && /^[a-z0-9.-]+$/i.test(fields.domain)) urls.push(`https://${fields.domain.toLowerCase()}/`);
  if (urls.length) settings.blogUrls = urls;
  return Object.keys(settings).length > 2 ? settings : null;
}
