/**
 * The files one upload becomes: each responsive width in WebP and in a fallback of the original's
 * family, named `<sha256 of the upload>-<width>.<ext>`. The name depends only on the upload's bytes
 * and the width, so a URL always means the same file and can be cached forever.
 */
import type { ImageType } from "./sniff";

/** Widths readers' browsers choose from (srcset); an upload is never enlarged. */
export const VARIANT_WIDTHS = [480, 800, 1200, 1600, 2400] as const;

export type VariantFormat = "webp" | "jpeg" | "png";

export interface MediaVariant {
  name: string;
  width: number;
  height: number;
  format: VariantFormat;
  bytes: number;
}

const EXTENSION: Record<VariantFormat, string> = { webp: "webp", jpeg: "jpg", png: "png" };
const CONTENT_TYPE: Record<string, string> = { webp: "image/webp", jpg: "image/jpeg", png: "image/png" };

const VARIANT_NAME = /^([0-9a-f]{64})-([1-9][0-9]{0,4})\.(webp|jpg|png)$/;

export function variantName(hash: string, width: number, format: VariantFormat): string {
  return `${hash}-${width}.${EXTENSION[format]}`;
}

/**
 * A stored file's name, checked: only names this module makes pass, so a request path can never
 * name anything else (no "..", no slashes, no other files in the folder).
 */
export function parseVariantName(name: string): { hash: string; width: number; contentType: string } | null {
  const match = VARIANT_NAME.exec(name);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  return { hash: match[1], width: Number(match[2]), contentType: CONTENT_TYPE[match[3]] ?? "application/octet-stream" };
}

/** The widths to make for an image `width` pixels wide: the standard ones below it, and its own width up to the largest. */
export function variantWidths(width: number): number[] {
  const largest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] ?? width;
  const top = Math.min(width, largest);
  return [...VARIANT_WIDTHS.filter((candidate) => candidate < top), top];
}

/**
 * The fallback for browsers without WebP, in the original's family: PNG keeps transparency and
 * crisp graphics (PNG, GIF's first frame, transparent WebP/AVIF); photos stay JPEG.
 */
export function fallbackFormat(type: ImageType, hasAlpha: boolean): VariantFormat {
  if (hasAlpha || type === "image/png" || type === "image/gif") return "png";
  return "jpeg";
}

/** Height of a variant scaled to `width`, as the resizer rounds it. */
export function scaledHeight(original: { width: number; height: number }, width: number): number {
  return Math.max(1, Math.round((original.height * width) / original.width));
}

export function urlForVariant(name: string): string {
  return `/media/${name}`;
}
