/**
 * Ids and names written in a post live in the page's DOM next to the blog's own elements. Left as
 * they are, `<img name="getElementById">` or `<a id="comment-form">` could clobber the page's
 * scripts or hijack its anchors. Like GitHub, every id and name in a post gets a prefix, and links
 * to a fragment (#notes) get the same prefix, so a post's own footnotes keep working.
 */
export const USER_CONTENT_PREFIX = "user-content-";

/** The id or name as stored: prefixed once (saving again changes nothing), whitespace removed. */
export function prefixUserContentId(value: string): string {
  const cleaned = value.replace(/\s+/g, "").slice(0, 200);
  if (cleaned === "") return "";
  return cleaned.startsWith(USER_CONTENT_PREFIX) ? cleaned : `${USER_CONTENT_PREFIX}${cleaned}`;
}

/** A link to a fragment of the page gets the prefix its target got; other links are left alone. */
export function prefixFragmentHref(href: string): string {
  const trimmed = href.trim();
  if (!trimmed.startsWith("#") || trimmed.length === 1) return href;
  return `#${prefixUserContentId(trimmed.slice(1))}`;
}
