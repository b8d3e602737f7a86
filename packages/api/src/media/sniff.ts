/**
 * What an upload is, judged from its first bytes (magic numbers), never from its name or the
 * type the browser declared: a renamed SVG stays an SVG.
 */
export type ImageType = "image/jpeg" | "image/png" | "image/webp" | "image/gif" | "image/avif";

export type SniffResult = { ok: true; type: ImageType } | { ok: false; reason: "svg" | "unknown" };

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

/** ISO-BMFF ("ftyp" box) brands that mean AVIF; HEIC and others share the container but not these. */
const AVIF_BRANDS = new Set(["avif", "avis"]);

function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return false;
  const boxSize = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const end = Math.min(boxSize > 0 ? boxSize : bytes.length, bytes.length, 256);
  // Major brand at 8, then minor version, then the compatible brands.
  if (AVIF_BRANDS.has(ascii(bytes, 8, 12))) return true;
  for (let offset = 16; offset + 4 <= end; offset += 4) {
    if (AVIF_BRANDS.has(ascii(bytes, offset, offset + 4))) return true;
  }
  return false;
}

/** SVG is XML text: look past a byte-order mark, whitespace, an XML declaration and comments. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (!head.startsWith("<")) return false;
  return /<svg[\s>]/.test(head) || head.startsWith("<?xml") || head.startsWith("<!doctype svg");
}

export function sniffImageType(bytes: Uint8Array): SniffResult {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, type: "image/jpeg" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, type: "image/png" };
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a")) return { ok: true, type: "image/gif" };
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return { ok: true, type: "image/webp" };
  if (isAvif(bytes)) return { ok: true, type: "image/avif" };
  return { ok: false, reason: looksLikeSvg(bytes) ? "svg" : "unknown" };
}
