/**
 * Turns an upload into the variants readers get (see variants.ts), with sharp: the upload is
 * decoded once, turned upright (EXIF orientation), scaled to the largest width, and every variant
 * is encoded from that. Nothing of the upload's metadata (EXIF, GPS, XMP, ICC) reaches a variant:
 * sharp writes none unless asked to.
 */
import sharp, { type Metadata, type OutputInfo, type Sharp } from "sharp";
import { AppError } from "../errors";
import type { ImageType } from "./sniff";
import { fallbackFormat, variantName, variantWidths, type VariantFormat } from "./variants";

/**
 * More pixels than this is refused before decoding (a "decompression bomb": a small file that
 * unpacks into gigabytes). 100 megapixels holds any phone or camera photo and most panoramas.
 */
export const MAX_INPUT_PIXELS = 100_000_000;

/** sharp's name for each accepted type, to check the bytes decode as what their header claims. */
const SHARP_FORMAT: Record<ImageType, string> = {
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/webp": "webp",
  "image/gif": "gif",
  "image/avif": "heif",
};

export interface ProcessedVariant {
  name: string;
  width: number;
  height: number;
  format: VariantFormat;
  data: Buffer;
}

export interface ProcessedImage {
  /** Upright size of the upload. */
  width: number;
  height: number;
  variants: ProcessedVariant[];
}

function unreadable(): AppError {
  return new AppError("INVALID_INPUT", "The file could not be read as an image: it may be damaged or cut short.");
}

function encode(image: Sharp, format: VariantFormat): Sharp {
  switch (format) {
    case "webp":
      return image.webp({ quality: 80 });
    case "jpeg":
      return image.jpeg({ quality: 82, progressive: true });
    case "png":
      return image.png({ compressionLevel: 8, adaptiveFiltering: true });
  }
}

export async function processImage(bytes: Buffer, type: ImageType, hash: string): Promise<ProcessedImage> {
  let metadata: Metadata;
  try {
    // Reads the header only: cheap even for a bomb, so its size can be judged before decoding.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw unreadable();
  }
  if (metadata.format !== SHARP_FORMAT[type] || !metadata.width || !metadata.height) throw unreadable();
  if (type === "image/avif" && metadata.compression !== "av1") throw unreadable();

  // An animated GIF's metadata height covers one frame; only the first frame is kept.
  const frameHeight = metadata.pageHeight ?? metadata.height;
  if (metadata.width * frameHeight > MAX_INPUT_PIXELS) {
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      `The image is ${metadata.width}×${frameHeight} pixels; the most accepted is ${MAX_INPUT_PIXELS / 1_000_000} megapixels. Scale it down and upload it again.`,
    );
  }
  // EXIF orientations 5–8 turn the picture a quarter: its upright width is the stored height.
  const quarterTurned = (metadata.orientation ?? 1) >= 5;
  const width = quarterTurned ? frameHeight : metadata.width;
  const height = quarterTurned ? metadata.width : frameHeight;
  const widths = variantWidths(width);
  const largest = widths[widths.length - 1] ?? width;

  let base: { data: Buffer; info: OutputInfo };
  try {
    base = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({ width: largest, withoutEnlargement: true })
      .toColourspace("srgb")
      .raw({ depth: "uchar" })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw unreadable();
  }
  const raw = { width: base.info.width, height: base.info.height, channels: base.info.channels };
  const formats: VariantFormat[] = ["webp", fallbackFormat(type, metadata.hasAlpha ?? false)];

  const variants: ProcessedVariant[] = [];
  for (const variantWidth of widths) {
    for (const format of formats) {
      const scaled = sharp(base.data, { raw }).resize({ width: variantWidth, withoutEnlargement: true });
      const { data, info } = await encode(scaled, format).toBuffer({ resolveWithObject: true });
      variants.push({ name: variantName(hash, variantWidth, format), width: info.width, height: info.height, format, data });
    }
  }
  return { width, height, variants };
}
