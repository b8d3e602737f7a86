/**
 * A URL slug from a title: lower case, accents folded (å → a, ö → o), words joined by "-".
 * Blogger made its permalinks the same way, so imported and new posts look alike.
 */
export function slugify(title: string, maxLength = 80): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[æ]/gi, "ae")
    .replace(/[ø]/gi, "o")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = slug.length > maxLength ? slug.slice(0, maxLength).replace(/-[^-]*$/, "") : slug;
  return cut.length > 0 ? cut : "post";
}

/**
 * What a slug an author types may look like: lower-case letters (of any script: imported Blogger
 * and WordPress slugs can be "år-och-dag" or "日本語"), digits, joined by "-" or "_" (Blogger's
 * untitled posts are "blog-post_15"). Editing an imported post must not fail on its own slug.
 */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]*(?:[-_][\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+)*$/u;
