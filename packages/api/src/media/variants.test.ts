import { describe, expect, it } from "vitest";
import { fallbackFormat, parseVariantName, scaledHeight, variantName, variantWidths } from "./variants";

const HASH = "a".repeat(64);

describe("variant names", () => {
  it("are the upload's hash, the width and the format's extension", () => {
    expect(variantName(HASH, 800, "webp")).toBe(`${HASH}-800.webp`);
    expect(variantName(HASH, 480, "jpeg")).toBe(`${HASH}-480.jpg`);
    expect(variantName(HASH, 2400, "png")).toBe(`${HASH}-2400.png`);
  });

  it("parse back with their content type", () => {
    expect(parseVariantName(`${HASH}-800.webp`)).toEqual({ hash: HASH, width: 800, contentType: "image/webp" });
    expect(parseVariantName(`${HASH}-480.jpg`)?.contentType).toBe("image/jpeg");
  });

  it("refuse anything else, so a path can name no other file", () => {
    for (const name of ["../crestwood.db", `${HASH}-800.svg`, `${HASH}-0800.webp`, `${HASH}-800.webp/..`, `${"A".repeat(64)}-800.webp`, `${HASH.slice(1)}-800.webp`, `x/${HASH}-800.webp`, `${HASH}-800.WEBP`]) {
      expect(parseVariantName(name), name).toBeNull();
    }
  });
});

describe("variantWidths", () => {
  it("never enlarges and keeps the original's own width as the largest", () => {
    expect(variantWidths(300)).toEqual([300]);
    expect(variantWidths(1000)).toEqual([480, 800, 1000]);
    expect(variantWidths(1200)).toEqual([480, 800, 1200]);
    expect(variantWidths(4000)).toEqual([480, 800, 1200, 1600, 2400]);
  });
});

describe("fallbackFormat", () => {
  it("keeps photos JPEG and transparent or drawn images PNG", () => {
    expect(fallbackFormat("image/jpeg", false)).toBe("jpeg");
    expect(fallbackFormat("image/webp", false)).toBe("jpeg");
    expect(fallbackFormat("image/avif", true)).toBe("png");
    expect(fallbackFormat("image/png", false)).toBe("png");
    expect(fallbackFormat("image/gif", false)).toBe("png");
  });
});

it("scaledHeight keeps the aspect ratio", () => {
  expect(scaledHeight({ width: 4000, height: 3000 }, 800)).toBe(600);
  expect(scaledHeight({ width: 3000, height: 1 }, 480)).toBe(1);
});
