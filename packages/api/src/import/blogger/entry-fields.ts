/** Fields both Blogger formats write the same way: dates, authors, titles, HTML content. */
import type { ImportAuthor } from "../model";
import { ATOM_NS, child, childText, innerMarkup, type XmlNode } from "./xml-entries";

/** Blogger's placeholder address for everyone who hid theirs. */
const PLACEHOLDER_EMAILS = new Set(["noreply@blogger.com", "anonymous@blogger.com"]);

export interface DateResult {
  date: Date | null;
  /** The text was there but not a date. */
  bad: boolean;
}

export function parseDate(text: string | undefined): DateResult {
  const value = text?.trim();
  if (!value) return { date: null, bad: false };
  // RFC 3339 as Atom requires; Date parses it (with offset or Z) exactly.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(value)) return { date: null, bad: true };
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? { date: null, bad: true } : { date, bad: false };
}

/** Atom text or HTML content as HTML: `type="html"` is already HTML once unescaped by the XML parser. */
export function contentHtml(entry: XmlNode): string {
  const content = child(entry, "content") ?? child(entry, "summary");
  if (!content) return "";
  const type = content.attrs.find((a) => a.local === "type" && a.uri === "")?.value ?? "text";
  if (type === "xhtml") return innerMarkup(content).trim();
  if (type === "html" || type === "text/html") return content.text.trim();
  return escapeText(content.text.trim()).replace(/\r?\n/g, "<br />");
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A title as plain text (an html-typed title loses its tags; Blogger titles rarely have any). */
export function titleText(entry: XmlNode): string {
  const title = child(entry, "title");
  return title ? plainTitle(title) : "";
}

export function plainTitle(title: XmlNode): string {
  const type = title.attrs.find((a) => a.local === "type" && a.uri === "")?.value ?? "text";
  const text = type === "html" ? decodeEntities(title.text.replace(/<[^>]*>/g, "")) : title.text;
  return text.replace(/\s+/g, " ").trim();
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

export function authorOf(entry: XmlNode, typeNs?: string): ImportAuthor | null {
  const author = child(entry, "author");
  if (!author) return null;
  const name = (childText(author, "name") ?? "").replace(/\s+/g, " ").trim();
  const uri = childText(author, "uri")?.trim() || undefined;
  const emailText = childText(author, "email")?.trim().toLowerCase();
  const email = emailText && !PLACEHOLDER_EMAILS.has(emailText) && /^[^\s@]+@[^\s@]+$/.test(emailText) ? emailText : undefined;
  const anonymous = (typeNs ? childText(author, "type", typeNs)?.trim() === "ANONYMOUS" : false) || name === "" || name === "Anonymous";
  return { name: name || "Anonymous", ...(uri ? { uri } : {}), ...(email ? { email } : {}), ...(anonymous ? { anonymous } : {}) };
}

export function idOf(entry: XmlNode): string | undefined {
  return childText(entry, "id", ATOM_NS)?.trim() || undefined;
}

/** Atom links: rel → href (first of each rel). */
export function linkHref(entry: XmlNode, rel: string): string | undefined {
  for (const link of entry.children) {
    if (link.local !== "link" || link.uri !== ATOM_NS) continue;
    const attrs = Object.fromEntries(link.attrs.filter((a) => a.uri === "").map((a) => [a.local, a.value]));
    if ((attrs.rel ?? "alternate") === rel && attrs.href) return attrs.href;
  }
  return undefined;
}

/** Labels: distinct, trimmed, inner whitespace kept as Blogger showed it ("offentlig sektor"). */
export function distinctLabels(terms: (string | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const term of terms) {
    const name = term?.replace(/\s+/g, " ").trim();
    if (name) seen.add(name);
  }
  return [...seen];
}
