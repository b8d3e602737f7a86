import { describe, expect, it } from "vitest";
import { snippetText, toFts5Query } from "./post-search-sqlite";

describe("toFts5Query", () => {
  it("drops NULs, control characters and lone surrogates (FTS5 ends a string at NUL)", () => {
    expect(toFts5Query("a\u0000b")).toBe('"a"* "b"*');
    expect(toFts5Query("\u0000\u0001")).toBeNull();
    expect(toFts5Query("ord\uD800 x\uDC00y")).toBe('"ord"* "x"* "y"*');
  });

  it("quotes every word, so operators and quotes are text", () => {
    expect(toFts5Query('intranät "sociala medier" OR NEAR(x) -y')).toBe('"intranät"* """sociala"* "medier"""* "OR"* "NEAR(x)"* "-y"*');
  });

  it("drops punctuation-only words and gives null when nothing is left", () => {
    expect(toFts5Query("  ... a  ")).toBe('"a"*');
    expect(toFts5Query(" * () - ")).toBeNull();
    expect(toFts5Query("")).toBeNull();
  });

  it("keeps at most twelve words", () => {
    expect(toFts5Query("w ".repeat(40))?.split(" ")).toHaveLength(12);
  });
});

describe("snippetText", () => {
  it("drops tags, including ones cut at either end, and decodes entities", () => {
    expect(snippetText('ef="https://x/">länk</a> och <b>fet</b> &amp; &lt;kod&gt; &#229; <img src="y')).toBe("länk och fet & <kod> å");
  });
});
