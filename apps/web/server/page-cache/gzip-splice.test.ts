import { crc32, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32Combine, prepareSplicedGzip, splicedGzip } from "./gzip-splice";

describe("crc32Combine", () => {
  it.each([
    ["", "abc"],
    ["hello ", "world"],
    ["x".repeat(70_000), "y".repeat(3)],
    ["åäö", ""],
  ])("equals the CRC of the concatenation (%#)", (a, b) => {
    const [left, right] = [Buffer.from(a), Buffer.from(b)];
    expect(crc32Combine(crc32(left), crc32(right), right.length)).toBe(crc32(Buffer.concat([left, right])));
  });
});

describe("splicedGzip", () => {
  it("decompresses to the pieces with each response's values in between", async () => {
    const page = `<html><body>${"<p>Lorem ipsum dolor sit amet.</p>".repeat(400)}<form><input name="formToken" value="@@"></form><p>After</p>@@</body></html>`;
    const segments = page.split("@@").map((part) => Buffer.from(part));
    const gzip = await prepareSplicedGzip(segments);
    for (const tokens of [["1.1700000000.aaa", "second"], ["", "x".repeat(300)]]) {
      const body = Buffer.concat(splicedGzip(gzip, tokens.map((token) => Buffer.from(token))));
      expect(gunzipSync(body).toString()).toBe(`${segments[0]}${tokens[0]}${segments[1]}${tokens[1]}${segments[2]}`);
    }
    expect(gzip.size).toBeLessThan(page.length / 5);
  });

  it("handles a value at the very start and end, and a single piece", async () => {
    const edges = await prepareSplicedGzip([Buffer.from(""), Buffer.from("middle"), Buffer.from("")]);
    expect(gunzipSync(Buffer.concat(splicedGzip(edges, [Buffer.from("A"), Buffer.from("Z")]))).toString()).toBe("AmiddleZ");
    const single = await prepareSplicedGzip([Buffer.from("only")]);
    expect(gunzipSync(Buffer.concat(splicedGzip(single, []))).toString()).toBe("only");
  });
});
