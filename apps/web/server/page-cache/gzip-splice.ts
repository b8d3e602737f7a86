/**
 * Gzip for a cached page whose bytes differ per response at a few places (the comment form's
 * token). The page is compressed once, in pieces between those places; each response puts its
 * own bytes there as stored (uncompressed) deflate blocks and computes the checksum by combining
 * the pieces' CRCs, so serving it costs some copying, never a compression.
 *
 * Deflate (RFC 1951) allows a stream of any blocks, and a sync flush ends a piece on a byte
 * boundary without ending the stream; gzip (RFC 1952) adds a header and the CRC-32 and length
 * of the whole.
 */
import { constants, crc32, deflateRaw } from "node:zlib";
import { promisify } from "node:util";

const deflateRawAsync = promisify(deflateRaw);

const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);

export interface SplicedGzip {
  /** Compressed pieces; the per-response bytes go between them. */
  pieces: Buffer[];
  crcs: number[];
  lengths: number[];
  /** Bytes held (for the cache's budget). */
  size: number;
}

export async function prepareSplicedGzip(segments: readonly Buffer[], level = 9): Promise<SplicedGzip> {
  const pieces = await Promise.all(
    segments.map((segment, index) =>
      deflateRawAsync(segment, { level, finishFlush: index === segments.length - 1 ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
    ),
  );
  return {
    pieces,
    crcs: segments.map((segment) => crc32(segment)),
    lengths: segments.map((segment) => segment.length),
    size: pieces.reduce((sum, piece) => sum + piece.length, HEADER.length + 8),
  };
}

// --- CRC-32 of a concatenation from the CRCs of its parts (zlib's crc32_combine) ---------------

const POLY = 0xedb88320;

/** a(x) * b(x) modulo the CRC polynomial, bit-reflected as CRC-32 keeps them. */
function multModP(a: number, b: number): number {
  let m = 0x80000000;
  let p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}

/** x^(2^k) modulo the polynomial, for k = 0..31. */
const X2N: number[] = [];
for (let n = 0, p = 0x40000000; n < 32; n++) {
  X2N.push(p);
  p = multModP(p, p);
}

/** x^(8 * length) modulo the polynomial: the operator that shifts a CRC past `length` bytes. */
function shiftOperator(length: number): number {
  let p = 0x80000000;
  let k = 3;
  for (let n = length; n > 0; n = Math.floor(n / 2), k++) if (n & 1) p = multModP(X2N[k & 31] ?? 0, p);
  return p;
}

/** The CRC-32 of A followed by B, from crc(A), crc(B) and B's length. */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multModP(shiftOperator(lengthB), crcA) ^ crcB) >>> 0;
}

function storedBlock(bytes: Buffer): Buffer {
  if (bytes.length > 0xffff) throw new Error("A spliced value must be shorter than 64 KiB.");
  const head = Buffer.alloc(5);
  // BFINAL=0, BTYPE=00 (stored), padded to the byte; then LEN and its complement, little-endian.
  head.writeUInt16LE(bytes.length, 1);
  head.writeUInt16LE(~bytes.length & 0xffff, 3);
  return Buffer.concat([head, bytes]);
}

/** The gzip body with `values[i]` between piece i and piece i + 1, as buffers to write in order. */
export function splicedGzip(gzip: SplicedGzip, values: readonly Buffer[]): Buffer[] {
  const out: Buffer[] = [HEADER];
  let crc = 0;
  let length = 0;
  gzip.pieces.forEach((piece, index) => {
    if (index > 0) {
      const value = values[index - 1] ?? Buffer.alloc(0);
      out.push(storedBlock(value));
      crc = crc32Combine(crc, crc32(value), value.length);
      length += value.length;
    }
    out.push(piece);
    crc = crc32Combine(crc, gzip.crcs[index] ?? 0, gzip.lengths[index] ?? 0);
    length += gzip.lengths[index] ?? 0;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length % 0x100000000, 4);
  out.push(trailer);
  return out;
}
