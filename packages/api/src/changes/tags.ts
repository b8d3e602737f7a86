/**
 * Names for what a cached page shows (its tags). A page declares them when it renders (the web
 * app's cache-tags.ts); affected.ts turns a change into the tags it touches. Both sides use these
 * builders, so a tag is spelled in one place.
 */
export const CacheTag = {
  /** Pages with the sidebar: archive counts, label counts (and so every change to them). */
  sidebar: "sidebar",
  /** Lists whose membership follows every visible post: home and its pages, the posts feed. */
  list: "list",
  /** Search results (any content change may change them). */
  search: "search",
  sitemap: "sitemap",
  /** The blog-wide comments feed. */
  allComments: "comments",
  /** Redirects, 404s and 410s of post and label addresses: which addresses exist decides them. */
  addresses: "addresses",
  /** Depends on nothing that changes while the process runs except settings (robots.txt, 404s). */
  blog: "blog",
  /** Shows this post's content, title, labels or address. */
  post: (id: string) => `post:${id}`,
  /** Shows this post's comments or their count. */
  comments: (postId: string) => `comments:${postId}`,
  /** Lists the posts of this label (its page, its feed). */
  label: (name: string) => `label:${name}`,
  /** Lists the posts of this year ("2009") or month ("2009-02"). */
  archive: (period: string) => `archive:${period}`,
  /** Shows the titles of this month ("2009-02") in the archive widget. */
  titles: (month: string) => `titles:${month}`,
  /** Answers for this address (a 404 or redirect there changes when something appears at it). */
  path: (path: string) => `path:${path}`,
} as const;

/** "2009-02" for a year and month. */
export function monthKey(year: number | string, month: number | string): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}
