/** What the two formats' mappers share: the result shape, dates with report lines, labels. */
import type { ImportItem, ImportPost, SourceRef } from "../model";
import type { ReportLine } from "../report";
import { parseDate } from "./entry-fields";
import { labelName } from "./labels";
import { oldAddress, type OldAddress } from "./paths";

export interface Mapped {
  item: ImportItem | null;
  lines: ReportLine[];
}

export function skipped(line: ReportLine): Mapped {
  return { item: null, lines: [line] };
}

/** Reads a date field, adding a "bad-date" line when the text is not a date. */
export function readDate(text: string | undefined, field: string, ref: SourceRef, lines: ReportLine[]): Date | null {
  const { date, bad } = parseDate(text);
  if (bad) lines.push({ code: "bad-date", message: `${field} "${text?.trim()}" is not a date`, ref });
  return date;
}

export function readLabels(terms: (string | undefined)[], ref: SourceRef, lines: ReportLine[]): string[] {
  const names = new Set<string>();
  for (const term of terms) {
    const raw = term?.trim();
    if (!raw) continue;
    const { name, renamed } = labelName(raw);
    if (!name) continue;
    if (renamed) lines.push({ code: "label-renamed", message: `label "${raw}" became "${name}"`, ref });
    names.add(name);
  }
  return [...names];
}

/** Old addresses (main first, then its other spellings) and whether the entry's own is the ?m=1 copy. */
export function addresses(permalink: string | undefined): { oldPaths: string[]; address: OldAddress | null } {
  const address = oldAddress(permalink);
  return { oldPaths: address ? [address.path, ...address.aliases] : [], address };
}

/** Report lines every post gets judged on, whatever its format. */
export function postLines(post: ImportPost, lines: ReportLine[]): void {
  const what = post.kind === "page" ? "page" : "post";
  if (!post.title) lines.push({ code: "untitled", message: `${what} ${post.oldPaths[0] ?? "(draft)"} has no title`, ref: post.ref });
  if (post.status === "draft" && !post.publishedAt) lines.push({ code: "undated-draft", message: `draft "${post.title || "(untitled)"}" has no date`, ref: post.ref });
  if (/<img\b[^>]*\bsrc\s*=\s*["']?\s*data:/i.test(post.bodyHtml)) {
    lines.push({ code: "data-image", message: `${what} "${post.title || post.oldPaths[0] || "(untitled)"}" embeds an image as data:`, ref: post.ref });
  }
  if (post.location) lines.push({ code: "location", message: `${what} "${post.title || "(untitled)"}" was placed at "${post.location}"`, ref: post.ref });
}

/** Blogger's locales ("sv", "sv-SE", "en_GB") as Crestwood's languages. */
export function languageOf(locale: string): "sv" | "en" | null {
  const language = locale.trim().toLowerCase().split(/[-_]/)[0];
  return language === "sv" || language === "en" ? language : null;
}
