/**
 * A Blogger post's body on its way in: the one content allowlist (@crestwood/content, through
 * sanitizePostHtml) decides what is kept, as for every post. Before it, what Blogger's editors
 * wrote in forms the allowlist has no place for is rewritten to forms it has: old Flash players
 * and other embeds (legacy-embeds.ts), presentational attributes (`align`, `<center>`, `<font>`)
 * as the inline styles they meant. After it, whatever the allowlist still removed that a reader
 * would miss (an element with content, text) is counted, so the import report can name it.
 */
import sanitizeHtml from "sanitize-html";
import { htmlToText, sanitizePostHtml } from "../../content/sanitize";
import { convertLegacyEmbeds, type EmbedChange } from "./legacy-embeds";

/** Elements whose loss a reader would notice (their content or their look goes with them). */
const WATCHED = ["img", "iframe", "table", "hr", "video", "audio", "object", "embed", "script", "style", "form", "input", "button", "select", "textarea", "svg", "math", "canvas", "noscript"] as const;

const FONT_SIZES = ["", "x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large"];

function addStyle(attribs: sanitizeHtml.Attributes, declarations: string[]): sanitizeHtml.Attributes {
  if (declarations.length === 0) return attribs;
  const own = (attribs.style ?? "").trim().replace(/;?$/, "");
  return { ...attribs, style: [...declarations, ...(own ? [own] : [])].join("; ") };
}

/** `align` as Blogger's older editor and pasted HTML wrote it, as the style it stands for. */
function alignAsStyle(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const align = attribs.align?.trim().toLowerCase();
  if (!align) return attribs;
  const { align: _dropped, ...rest } = attribs;
  if (tagName === "img" || tagName === "table" || tagName === "iframe") {
    if (align === "left" || align === "right") return addStyle(rest, [`float: ${align}`]);
    if (align === "center" || align === "middle") return tagName === "table" ? addStyle(rest, ["margin-left: auto", "margin-right: auto"]) : addStyle(rest, ["vertical-align: middle"]);
    if (align === "top" || align === "bottom") return addStyle(rest, [`vertical-align: ${align}`]);
    return rest;
  }
  if (["left", "right", "center", "justify"].includes(align)) return addStyle(rest, [`text-align: ${align}`]);
  return rest;
}

function fontAsSpan(attribs: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const { color, face, size, ...rest } = attribs;
  const declarations: string[] = [];
  if (color && /^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i.test(color.trim())) declarations.push(`color: ${color.trim()}`);
  if (face && /^[\w\s,'"-]{1,100}$/.test(face)) declarations.push(`font-family: ${face.trim()}`);
  const sizeValue = FONT_SIZES[Number(size)];
  if (sizeValue) declarations.push(`font-size: ${sizeValue}`);
  return addStyle(rest, declarations);
}

/** Re-serializes with the sanitizer's parser allowing everything: only the rewrites above change. */
function presentationalToStyles(html: string): string {
  if (!/\salign\s*=|<center\b|<font\b/i.test(html)) return html;
  return sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    allowedSchemes: [],
    allowedSchemesAppliedToAttributes: [],
    transformTags: {
      center: (_tagName, attribs) => ({ tagName: "div", attribs: addStyle(attribs, ["text-align: center"]) }),
      font: (_tagName, attribs) => ({ tagName: "span", attribs: fontAsSpan(attribs) }),
      "*": (tagName, attribs) => ({ tagName, attribs: alignAsStyle(tagName, attribs) }),
    },
  });
}

function countWatched(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  const pattern = new RegExp(`<(${WATCHED.join("|")})\\b`, "gi");
  for (const match of html.matchAll(pattern)) {
    const tag = match[1]!.toLowerCase();
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return counts;
}

export interface ImportedBody {
  html: string;
  embeds: EmbedChange[];
  /** What the allowlist removed that a reader would miss, e.g. `1 <script>`, `text "…"`. */
  removed: string[];
}

// Only well-formed base64 images: nothing in one can end the attribute it is put back into.
const DATA_IMAGE_SRC = /\ssrc\s*=\s*(["'])(data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+)\1/gi;
const PLACEHOLDER = "https://data-image.invalid/";

/**
 * `keepDataImages`: data: images (which the allowlist never keeps) pass through, for the image
 * pass of `--images download` to move into the media library right after; it sanitizes again.
 */
export function sanitizeImportedBody(raw: string, options: { keepDataImages?: boolean } = {}): ImportedBody {
  const { html: embedded, changes } = convertLegacyEmbeds(raw);
  let prepared = presentationalToStyles(embedded);
  const dataImages: string[] = [];
  if (options.keepDataImages) {
    prepared = prepared.replace(DATA_IMAGE_SRC, (_match, quote: string, uri: string) => ` src=${quote}${PLACEHOLDER}${dataImages.push(uri.replace(/\s+/g, "")) - 1}${quote}`);
  }
  let html = sanitizePostHtml(prepared);
  if (dataImages.length) html = html.replace(/https:\/\/data-image\.invalid\/(\d+)/g, (match, index: string) => dataImages[Number(index)] ?? match);
  const removed: string[] = [];
  // Cheap test first: most posts lose nothing and skip the counting.
  if (/<(script|style|form|input|button|select|textarea|svg|math|canvas|noscript|video|audio|object|embed|iframe|img)\b/i.test(prepared)) {
    const before = countWatched(prepared);
    const after = countWatched(html);
    for (const [tag, count] of before) {
      const lost = count - (after.get(tag) ?? 0);
      if (lost > 0) removed.push(`${lost} <${tag}>`);
    }
  }
  const textBefore = htmlToText(prepared);
  const textAfter = htmlToText(html);
  if (textBefore !== textAfter) {
    const wordsAfter = new Set(textAfter.split(" "));
    const missing = textBefore.split(" ").filter((word) => word && !wordsAfter.has(word));
    if (missing.length) removed.push(`text "${missing.slice(0, 8).join(" ").slice(0, 80)}${missing.length > 8 ? " …" : ""}"`);
  }
  return { html, embeds: changes, removed };
}
