/**
 * Readers' markup for our images: an <img src="/media/<hash>-…"> in a post becomes a <picture>
 * with a WebP <source> and the fallback <img>, both with srcset over every stored width, the
 * intrinsic size (no layout shift) and lazy loading. Runs on sanitized HTML, at render time, so
 * posts keep the plain <img> the editor wrote and pick up new variants without being rewritten.
 */
import { urlForVariant, type MediaVariant, type VariantFormat } from "./variants";

/** The width posts are shown at (the main column, 42rem; the whole screen on narrow ones). */
export const POST_IMAGE_SIZES = "(max-width: 48rem) calc(100vw - 2.5rem), 42rem";

/** Displayed by default: large enough for the column on a 2× screen, small enough to load fast. */
const DEFAULT_DISPLAY_WIDTH = 1200;

export interface RenderableMedia {
  hash: string;
  width: number;
  height: number;
  alt: string;
  variants: MediaVariant[];
}

const MEDIA_SRC = /\/media\/([0-9a-f]{64})-[0-9]+\.(?:webp|jpg|png)/g;

/** The upload hashes an HTML fragment refers to through /media/ URLs. */
export function mediaHashesIn(html: string): string[] {
  return [...new Set([...html.matchAll(MEDIA_SRC)].map((match) => match[1] ?? ""))].filter(Boolean);
}

export function buildSrcset(variants: MediaVariant[], format: VariantFormat): string {
  return variants
    .filter((variant) => variant.format === format)
    .sort((a, b) => a.width - b.width)
    .map((variant) => `${urlForVariant(variant.name)} ${variant.width}w`)
    .join(", ");
}

function fallbackVariants(variants: MediaVariant[]): MediaVariant[] {
  return variants.filter((variant) => variant.format !== "webp").sort((a, b) => a.width - b.width);
}

/** The file an editor puts in `src`: the fallback at the default display width (or the largest below it). */
export function defaultVariant(variants: MediaVariant[]): MediaVariant | undefined {
  const fallbacks = fallbackVariants(variants);
  return fallbacks.filter((variant) => variant.width <= DEFAULT_DISPLAY_WIDTH).at(-1) ?? fallbacks[0];
}

/** The smallest fallback (JPEG/PNG): a blog's icon (favicon) needs no more. */
export function smallestVariant(variants: MediaVariant[]): MediaVariant | undefined {
  return fallbackVariants(variants)[0];
}

/** The largest fallback (JPEG/PNG): what link previews (OpenGraph) and feeds can all show. */
export function largestVariant(variants: MediaVariant[]): MediaVariant | undefined {
  return fallbackVariants(variants).at(-1);
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attributes(tag: string): Map<string, string> {
  // Sanitized HTML quotes every attribute value with " and escapes " inside it.
  return new Map([...tag.matchAll(/\s([a-zA-Z-]+)="([^"]*)"/g)].map((match) => [match[1]?.toLowerCase() ?? "", match[2] ?? ""]));
}

/**
 * `<picture>` for one image. `attrs` are the <img>'s own (already escaped) attributes: an alt
 * written in the post wins over the library's, so one image can be described per context.
 */
export function pictureHtml(media: RenderableMedia, attrs: Map<string, string>, options: { lazy: boolean }): string | null {
  const fallback = defaultVariant(media.variants);
  const largest = largestVariant(media.variants);
  if (!fallback || !largest) return null;
  const alt = attrs.get("alt") || escapeAttribute(media.alt);
  const title = attrs.get("title");
  // The author's layout (a floated image with margins, an id, a class) stays on the image.
  const layout = ["style", "class", "id"].flatMap((name) => (attrs.get(name) ? [`${name}="${attrs.get(name)}"`] : []));
  const img = [
    `src="${urlForVariant(fallback.name)}"`,
    `srcset="${buildSrcset(media.variants, fallback.format)}"`,
    `sizes="${POST_IMAGE_SIZES}"`,
    // The intrinsic size of the largest variant: the browser reserves the right box at any width.
    `width="${largest.width}"`,
    `height="${largest.height}"`,
    `alt="${alt}"`,
    ...(title ? [`title="${title}"`] : []),
    ...layout,
    ...(options.lazy ? [`loading="lazy"`] : []),
    `decoding="async"`,
  ];
  const webp = buildSrcset(media.variants, "webp");
  const source = webp ? `<source type="image/webp" srcset="${webp}" sizes="${POST_IMAGE_SIZES}" />` : "";
  return `<picture>${source}<img ${img.join(" ")} /></picture>`;
}

/**
 * Expands every <img> of ours (outside an existing <picture>) in sanitized HTML. Images whose
 * media row is gone, and images from elsewhere, are left as they are. The first image is loaded
 * eagerly when `eagerFirst` (it is likely on the first screen).
 */
export function expandMediaImages(html: string, mediaByHash: ReadonlyMap<string, RenderableMedia>, options: { eagerFirst?: boolean } = {}): string {
  let pictureDepth = 0;
  let imageIndex = 0;
  return html.replace(/<\/?picture\b[^>]*>|<img\b[^>]*>/gi, (tag) => {
    const lower = tag.toLowerCase();
    if (lower.startsWith("<picture")) {
      pictureDepth += 1;
      return tag;
    }
    if (lower.startsWith("</picture")) {
      pictureDepth = Math.max(0, pictureDepth - 1);
      return tag;
    }
    const index = imageIndex++;
    if (pictureDepth > 0) return tag;
    const attrs = attributes(tag);
    const hash = /^\/media\/([0-9a-f]{64})-[0-9]+\.(?:webp|jpg|png)$/.exec(attrs.get("src") ?? "")?.[1];
    const media = hash ? mediaByHash.get(hash) : undefined;
    if (!media) return tag;
    return pictureHtml(media, attrs, { lazy: !(options.eagerFirst && index === 0) }) ?? tag;
  });
}
