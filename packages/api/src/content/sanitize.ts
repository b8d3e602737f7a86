import sanitizeHtml from "sanitize-html";
import {
  GLOBAL_ATTRIBUTES,
  IMAGE_URL_SCHEMES,
  LINK_RELS,
  POST_TAGS,
  TAG_ATTRIBUTES,
  URL_SCHEMES,
  embedIframeAttributes,
  parseEmbedUrl,
  prefixFragmentHref,
  prefixUserContentId,
  sanitizeClass,
  sanitizeStyle,
} from "@crestwood/content";

type Attributes = sanitizeHtml.Attributes;

const oneOf = (value: string | undefined, allowed: readonly string[]) => (value !== undefined && allowed.includes(value.toLowerCase()) ? value.toLowerCase() : undefined);
const digits = (value: string | undefined, max: number) => (value !== undefined && /^\d{1,7}$/.test(value.trim()) && Number(value) <= max ? String(Number(value)) : undefined);

/** Sets or removes each attribute: `undefined` removes. */
function withAttributes(attribs: Attributes, changes: Record<string, string | undefined>): Attributes {
  const result = { ...attribs };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete result[name];
    else result[name] = value;
  }
  return result;
}

/** What every element's attributes go through: styles and classes from the allowlist, prefixed ids. */
function globalAttributes(attribs: Attributes): Attributes {
  return withAttributes(attribs, {
    style: attribs.style === undefined ? undefined : sanitizeStyle(attribs.style) || undefined,
    class: attribs.class === undefined ? undefined : sanitizeClass(attribs.class) || undefined,
    id: attribs.id === undefined ? undefined : prefixUserContentId(attribs.id) || undefined,
    dir: oneOf(attribs.dir, ["ltr", "rtl", "auto"]),
  });
}

const transform = (change: (attribs: Attributes) => Record<string, string | undefined>): sanitizeHtml.Transformer => (tagName, attribs) => ({
  tagName,
  attribs: withAttributes(globalAttributes(attribs), change(attribs)),
});

const TRANSFORMS: Record<string, sanitizeHtml.Transformer> = {
  "*": transform(() => ({})),
  a: transform((attribs) => ({
    href: attribs.href === undefined ? undefined : prefixFragmentHref(attribs.href),
    name: attribs.name === undefined ? undefined : prefixUserContentId(attribs.name) || undefined,
    rel: attribs.rel?.split(/\s+/).filter((rel) => (LINK_RELS as readonly string[]).includes(rel.toLowerCase())).join(" ") || undefined,
    target: oneOf(attribs.target, ["_blank"]),
  })),
  img: transform((attribs) => ({
    width: digits(attribs.width, 20_000),
    height: digits(attribs.height, 20_000),
    loading: oneOf(attribs.loading, ["lazy", "eager"]),
    decoding: oneOf(attribs.decoding, ["async", "sync", "auto"]),
  })),
  ol: transform((attribs) => ({ start: digits(attribs.start, 1_000_000), type: ["1", "a", "A", "i", "I"].find((type) => type === attribs.type) })),
  td: transform((attribs) => ({ colspan: digits(attribs.colspan, 1000), rowspan: digits(attribs.rowspan, 1000) })),
  th: transform((attribs) => ({ colspan: digits(attribs.colspan, 1000), rowspan: digits(attribs.rowspan, 1000), scope: oneOf(attribs.scope, ["row", "col", "rowgroup", "colgroup"]) })),
  // An embed is kept only from an allowed video host, and always in the same privacy-first form.
  iframe: (tagName, attribs) => {
    const video = parseEmbedUrl(attribs.src ?? "");
    if (!video) return { tagName, attribs: {} };
    const { style, class: className, id, lang, dir } = attribs;
    const own = globalAttributes(Object.fromEntries(Object.entries({ style, class: className, id, lang, dir }).filter((entry): entry is [string, string] => entry[1] !== undefined)));
    return { tagName, attribs: withAttributes(own, embedIframeAttributes({ video, title: attribs.title, width: attribs.width, height: attribs.height })) };
  },
};

/**
 * Authors' HTML: exactly what the content allowlist (@crestwood/content) allows — what Blogger's
 * and WordPress's editors write and the post editor represents — with no script, event
 * handlers, unsafe URLs or styles, embeds only from allowed video hosts, and ids prefixed.
 */
const POST_OPTIONS: sanitizeHtml.IOptions & { allowedEmptyAttributes: string[] } = {
  allowedTags: [...POST_TAGS],
  allowedAttributes: {
    "*": [...GLOBAL_ATTRIBUTES],
    ...Object.fromEntries(Object.entries(TAG_ATTRIBUTES).map(([tag, names]) => [tag, [...names]])),
  },
  allowedSchemes: [...URL_SCHEMES],
  allowedSchemesByTag: { img: [...IMAGE_URL_SCHEMES], iframe: ["https"] },
  allowProtocolRelative: false,
  // Styles are checked by the allowlist's own rules (in the transforms), not by postcss.
  parseStyleAttributes: false,
  // Option of sanitize-html 2.17 that its types (2.16) do not list yet.
  allowedEmptyAttributes: ["alt", "allowfullscreen"],
  transformTags: TRANSFORMS,
  // An iframe from anywhere else goes whole, fallback text included.
  exclusiveFilter: (frame) => frame.tag === "iframe" && !frame.attribs.src,
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
