import { createHash } from "node:crypto";

/**
 * What a comment's own text says about it, without asking anyone: how many links it carries,
 * whether it holds a word the owner blocklisted, and a key that is equal for the same comment
 * sent twice. Pure functions; the comment service decides what to do with them.
 */

/** Web addresses in plain text: http(s)://…, www.…, and HTML links typed as text. */
const LINK = /\bhttps?:\/\/[^\s<>"']+|\bwww\.[^\s<>"']+\.[^\s<>"']+|<a\s[^>]*href/giu;

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0;
}

/** Case- and accent-width-insensitive form for comparing words (NFKC, lower case, one space). */
function fold(text: string): string {
  return text.normalize("NFKC").toLocaleLowerCase("und").replace(/\s+/gu, " ").trim();
}

/** The blocklist setting: one word or phrase per line; blank lines and `#` comments ignored. */
export function parseBlocklist(setting: string): string[] {
  return setting
    .split(/\r?\n/)
    .map((line) => fold(line))
    .filter((line) => line !== "" && !line.startsWith("#"));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The first blocklisted entry found in any of the texts, or null. An entry matches as a whole
 * word or phrase ("sex" holds "Sex!" but not "sexton"), ignoring case.
 */
export function findBlocklisted(entries: readonly string[], texts: readonly (string | null | undefined)[]): string | null {
  const haystack = fold(texts.filter(Boolean).join("\n"));
  for (const entry of entries) {
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(entry)}(?![\\p{L}\\p{N}])`, "u").test(haystack)) return entry;
  }
  return null;
}

/** Equal for the same author's same words (case, spacing and line breaks aside). */
export function dedupeKey(authorName: string, body: string): string {
  return createHash("sha256").update(`${fold(authorName)}\n${fold(body)}`).digest("hex");
}
