/**
 * Old Blogger addresses: the path a post or page answered at, in the forms readers' links use.
 * Blogger served each post at /YYYY/MM/slug.html, also with ?m=1 (its mobile view), and
 * percent-encoded when the slug had letters outside ASCII.
 */

/** Decodes percent-escapes when they are valid UTF-8; leaves the text as it was otherwise. */
function decodePath(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

export interface OldAddress {
  /** Decoded path without query or fragment: "/2011/05/året-runt.html". */
  path: string;
  /** Other spellings readers' links may use: the percent-encoded path, "?m=1" forms. */
  aliases: string[];
  /** The export gave it with ?m=1 (or ?m=0): Blogger's mobile copy of the same address. */
  mobile: boolean;
}

/**
 * A path from a permalink (http://x.blogspot.com/2009/02/slug.html, or Takeout's filename
 * "/2009/02/slug.html"); null when it is no Blogger post or page address.
 */
export function oldAddress(raw: string | undefined): OldAddress | null {
  const text = raw?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text, "http://blogger.invalid");
  } catch {
    return null;
  }
  const encoded = url.pathname;
  const path = decodePath(encoded).normalize("NFC");
  if (!/^\/(?:\d{4}\/\d{2}|p)\/[^/]+\.html$/.test(path)) return null;
  const mobile = /^(?:0|1)$/.test(url.searchParams.get("m") ?? "");
  const aliases = new Set<string>();
  if (encoded !== path) aliases.add(encoded);
  const ascii = encodeURI(path);
  if (ascii !== path) aliases.add(ascii);
  for (const form of [path, ...aliases]) aliases.add(`${form}?m=1`);
  return { path, aliases: [...aliases], mobile };
}

/** The slug in an old path: "/2009/02/slug.html" → "slug". */
export function slugOfPath(path: string): string {
  return /\/([^/]+)\.html$/.exec(path)?.[1] ?? "";
}

/** A page's path (/p/…) rather than a dated post's. */
export function isPagePath(path: string): boolean {
  return path.startsWith("/p/");
}
