import sanitizeHtml from "sanitize-html";

const SAFE_SCHEMES = ["http", "https", "mailto"];

/**
 * Authors' HTML: what a rich editor or a Blogger import produces (headings, lists, tables, images,
 * quotes, code), with no script, event handlers, styles that can hide content, or unsafe URLs.
 */
const POST_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    "img",
    "figure",
    "figcaption",
    "picture",
    "source",
    "del",
    "ins",
    "sub",
    "sup",
    "u",
    "s",
    "span",
  ],
  allowedAttributes: {
    a: ["href", "name", "title", "rel"],
    img: ["src", "srcset", "sizes", "alt", "title", "width", "height", "loading", "decoding"],
    source: ["srcset", "sizes", "type", "media"],
    "*": ["id", "lang", "dir"],
    td: ["colspan", "rowspan"],
    th: ["colspan", "rowspan", "scope"],
    ol: ["start", "reversed", "type"],
  },
  allowedSchemes: SAFE_SCHEMES,
  allowedSchemesByTag: { img: ["http", "https", "data"] },
  allowProtocolRelative: false,
};

/** Readers' HTML: Blogger allowed <b>, <i> and <a> in comments; anything else is shown as text. */
const COMMENT_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["b", "i", "em", "strong", "a"],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https"],
  allowProtocolRelative: false,
  disallowedTagsMode: "escape",
  transformTags: {
    // Readers' links must not pass on reputation or a window handle.
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: "nofollow ugc noopener" } }),
  },
};

export function sanitizePostHtml(html: string): string {
  return sanitizeHtml(html, POST_OPTIONS);
}

/**
 * A reader's comment as typed in the form: the small HTML subset kept, everything else escaped,
 * line breaks kept as <br>.
 */
export function commentTextToHtml(text: string): string {
  const normalised = text.replace(/\r\n?/g, "\n").trim();
  return sanitizeHtml(normalised, COMMENT_OPTIONS).replace(/\n/g, "<br />");
}

/** Re-sanitizes stored comment HTML (e.g. imported) with the comment allowlist. */
export function sanitizeCommentHtml(html: string): string {
  return sanitizeHtml(html, { ...COMMENT_OPTIONS, allowedTags: [...(COMMENT_OPTIONS.allowedTags || []), "br", "p"] });
}

/** Plain text of some HTML, whitespace collapsed, for excerpts and meta descriptions. */
export function htmlToText(html: string): string {
  return sanitizeHtml(html.replace(/<(br|\/p|\/li|\/h\d|\/div)\s*\/?>/gi, "$& "), { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** The first `maxLength` characters of the text, cut at a word and marked with "…". */
export function excerptFromHtml(html: string, maxLength = 300): string {
  const text = htmlToText(html);
  if (text.length <= maxLength) return text;
  return `${text.slice(0, maxLength).replace(/\s+\S*$/, "")}…`;
}
