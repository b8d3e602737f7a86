// Real images for media tests, made with sharp in memory; nothing large is ever allocated.
import sharp, { type Sharp } from "sharp";

export function photo(width: number, height: number, seed = 0): Sharp {
  // A gradient plus noise-free shapes: compresses like a photo would, decodes anywhere.
  const svgLike = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * 3;
      svgLike[offset] = (x * 255) / width;
      svgLike[offset + 1] = (y * 255) / height;
      svgLike[offset + 2] = (seed * 37) % 256;
    }
  }
  return sharp(svgLike, { raw: { width, height, channels: 3 } });
}

/** A JPEG as a phone writes it: GPS position in EXIF, stored sideways with orientation 6. */
export async function phoneJpeg(width: number, height: number, seed = 0): Promise<Buffer> {
  return photo(width, height, seed)
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: "Crestwood Phone" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "59/1 19/1 4621/100", GPSLongitudeRef: "E", GPSLongitude: "18/1 4/1 1234/100" },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A decompression bomb: a tiny, valid PNG whose header claims `width`×`height` pixels (the
 * header's checksum fixed up), as a crafted upload would. Decoding it would need gigabytes.
 */
export async function pngBomb(width = 30000, height = 30000): Promise<Buffer> {
  const png = Buffer.from(await photo(8, 8).png().toBuffer());
  // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4), …, CRC over type + data.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}
