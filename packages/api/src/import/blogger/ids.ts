/**
 * Blogger's ids, reduced to the key an import is matched on. Blogger numbers posts, pages and
 * comments from one 64-bit space across all blogs, and writes the same number differently in
 * different places (tag:blogger.com,1999:blog-1.post-2 in ids, …/comments/default/2 in links,
 * plain 2 in Takeout's parent fields). Keying on the number alone lets a classic export and a
 * later Takeout file of the same blog match each other.
 */

import { EXPORT_ID_PREFIX } from "../../export/item-ids";

const BLOGGER_TAG = /^tag:blogger\.com,1999:blog-(\d+)(?:\.(?:post|page|comment)-(\d+))?$/;

/** "blogger:<number>" for a Blogger id in any of its forms; other ids are kept whole. */
export function itemKey(raw: string): string {
  const id = raw.trim();
  if (id.startsWith(EXPORT_ID_PREFIX)) return id.slice(EXPORT_ID_PREFIX.length);
  const tag = BLOGGER_TAG.exec(id);
  if (tag?.[2]) return `blogger:${tag[2]}`;
  if (/^\d+$/.test(id)) return `blogger:${id}`;
  // A feed or comment link: …/feeds/<blog>/<post>/comments/default/<comment> or …/posts/default/<post>.
  const link = /\/feeds\/\d+\/(?:\d+\/comments|posts|pages)\/default\/(\d+)(?:[?#].*)?$/.exec(id);
  if (link?.[1]) return `blogger:${link[1]}`;
  return id;
}

/** The blog's number from a feed or entry id (tag:blogger.com,1999:blog-<n>…). */
export function blogNumber(raw: string | undefined): string | undefined {
  return raw ? /^tag:blogger\.com,1999:blog-(\d+)/.exec(raw.trim())?.[1] : undefined;
}
