import { describe, expect, it } from "vitest";
import { sniffImageType } from "./sniff";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...part].map((char) => char.charCodeAt(0)) : part)));

describe("sniffImageType", () => {
  it("recognises each accepted format by its magic number", () => {
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF"))).toEqual({ ok: true, type: "image/jpeg" });
    expect(sniffImageType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toEqual({ ok: true, type: "image/png" });
    expect(sniffImageType(bytes("GIF89a", [1, 0]))).toEqual({ ok: true, type: "image/gif" });
    expect(sniffImageType(bytes("GIF87a"))).toEqual({ ok: true, type: "image/gif" });
    expect(sniffImageType(bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "))).toEqual({ ok: true, type: "image/webp" });
    expect(sniffImageType(bytes([0, 0, 0, 0x1c], "ftypavif", [0, 0, 0, 0], "avifmif1miaf"))).toEqual({ ok: true, type: "image/avif" });
  });

  it("finds AVIF among the compatible brands too", () => {
    expect(sniffImageType(bytes([0, 0, 0, 0x18], "ftypmif1", [0, 0, 0, 0], "mif1avif"))).toEqual({ ok: true, type: "image/avif" });
  });

  it("refuses HEIC, which shares AVIF's container", () => {
    expect(sniffImageType(bytes([0, 0, 0, 0x18], "ftypheic", [0, 0, 0, 0], "mif1heic"))).toEqual({ ok: false, reason: "unknown" });
  });

  it("names SVG, with or without an XML declaration, BOM or leading space", () => {
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toEqual({ ok: false, reason: "svg" });
    expect(sniffImageType(bytes([0xef, 0xbb, 0xbf], '\n  <?xml version="1.0"?><svg/>'))).toEqual({ ok: false, reason: "svg" });
  });

  it("ignores the file name and declared type: a text file is not an image", () => {
    expect(sniffImageType(bytes("hello, this is not a photo.jpg"))).toEqual({ ok: false, reason: "unknown" });
    expect(sniffImageType(new Uint8Array())).toEqual({ ok: false, reason: "unknown" });
    // A truncated signature is not enough.
    expect(sniffImageType(bytes([0x89], "PNG"))).toEqual({ ok: false, reason: "unknown" });
  });
});
