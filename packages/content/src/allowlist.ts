/**
 * The one allowlist of what a post's HTML may contain. The server's sanitizer
 * (packages/api/src/content/sanitize.ts) keeps exactly this and the editor's schema
 * (apps/web/src/app/admin/posts/_components/editor/) represents exactly this, so what the
 * editor sends — in either mode — is what the server stores. Change it here, and both follow.
 */

/** Inline elements that wrap text (the editor's marks). */
export const INLINE_WRAPPER_TAGS = [
  "a",
  "abbr",
  "b",
  "cite",
  "code",
  "del",
  "em",
  "i",
  "ins",
  "kbd",
  "mark",
  "q",
  "s",
  "small",
  "span",
  "strike",
  "strong",
  "sub",
  "sup",
  "time",
  "u",
] as const;

/** Inline elements without content (the editor's inline atoms). */
export const INLINE_VOID_TAGS = ["br", "img"] as const;

/** Block elements (the editor's nodes). */
export const BLOCK_TAGS = [
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "ul",
  "ol",
  "li",
  "table",
  "tr",
  "th",
  "td",
  "figure",
  "figcaption",
  "hr",
  "iframe",
] as const;

export const POST_TAGS: readonly string[] = [...BLOCK_TAGS, ...INLINE_WRAPPER_TAGS, ...INLINE_VOID_TAGS];
const INLINE = new Set<string>([...INLINE_WRAPPER_TAGS, ...INLINE_VOID_TAGS]);

export function isInlineTag(tag: string): boolean {
  return INLINE.has(tag);
}

/** Attributes every allowed element may carry. `style` and `class` are filtered further below. */
export const GLOBAL_ATTRIBUTES = ["id", "class", "style", "title", "lang", "dir"] as const;

/** Attributes particular to one element. */
export const TAG_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ["href", "name", "rel", "target"],
  img: ["src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding"],
  iframe: ["src", "width", "height", "loading", "referrerpolicy", "allow", "allowfullscreen", "sandbox"],
  ol: ["start", "reversed", "type"],
  td: ["colspan", "rowspan"],
  th: ["colspan", "rowspan", "scope"],
  blockquote: ["cite"],
  q: ["cite"],
  del: ["cite", "datetime"],
  ins: ["cite", "datetime"],
  time: ["datetime"],
};

/** URL schemes allowed in href/src/cite; relative addresses (/media/…, #notes) are always fine. */
export const URL_SCHEMES = ["http", "https", "mailto"] as const;
export const IMAGE_URL_SCHEMES = ["http", "https"] as const;

/** Link relations an author may set; the editor adds none by itself (author links are followed). */
export const LINK_RELS = ["nofollow", "noopener", "noreferrer", "ugc", "sponsored", "me", "external", "author", "license", "tag"] as const;

/**
 * Classes that carry meaning in imported posts (the reader stylesheet styles them): Blogger's
 * image separators and caption tables, WordPress's alignment, caption and block classes, code
 * languages. Any other class is dropped, so posts cannot borrow the page's own classes.
 */
export const CLASS_NAMES = ["separator", "tr-caption-container", "tr-caption", "alignleft", "alignright", "aligncenter", "alignnone", "wp-caption", "wp-caption-text"] as const;
export const CLASS_PREFIXES = ["wp-block-", "wp-image-", "wp-element-", "has-text-align-", "size-", "is-type-", "is-provider-", "wp-embed-aspect-", "language-"] as const;

export function isAllowedClass(name: string): boolean {
  return /^[a-z0-9_-]{1,80}$/i.test(name) && ((CLASS_NAMES as readonly string[]).includes(name) || CLASS_PREFIXES.some((prefix) => name.startsWith(prefix)));
}

/** The allowed classes of a class attribute, in order, or "" when none is left. */
export function sanitizeClass(value: string): string {
  return [...new Set(value.split(/\s+/).filter(isAllowedClass))].join(" ");
}

export const LIMITS = {
  /** Longest id/name kept (after the prefix). */
  id: 200,
} as const;
