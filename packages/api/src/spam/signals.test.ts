import { describe, expect, it } from "vitest";
import { countLinks, dedupeKey, findBlocklisted, parseBlocklist } from "./signals";

describe("countLinks", () => {
  it("counts http(s) and www addresses and typed HTML links", () => {
    expect(countLinks("Nice post!")).toBe(0);
    expect(countLinks("See https://a.example/x and http://b.example, or www.c.example.")).toBe(3);
    expect(countLinks('<a href="https://x.example">cheap</a>')).toBe(2);
    expect(countLinks("e.g. and i.e. are not links, nor is www alone")).toBe(0);
  });
});

describe("findBlocklisted", () => {
  const list = parseBlocklist("  Viagra \n\n# a comment line\ncheap watches\nsex\n");
  it("reads one entry per line, ignoring blanks and # lines", () => {
    expect(list).toEqual(["viagra", "cheap watches", "sex"]);
  });
  it("matches whole words and phrases in any field, ignoring case", () => {
    expect(findBlocklisted(list, ["Buy VIAGRA now"])).toBe("viagra");
    expect(findBlocklisted(list, ["Kalle", "https://x.example", "Cheap   watches here"])).toBe("cheap watches");
    expect(findBlocklisted(list, ["Sex!"])).toBe("sex");
    expect(findBlocklisted(list, ["Jag fyller sexton år"])).toBeNull();
    expect(findBlocklisted([], ["anything"])).toBeNull();
  });
  it("treats entries as text, not patterns", () => {
    expect(findBlocklisted(parseBlocklist("a.b(c"), ["axb(c"])).toBeNull();
    expect(findBlocklisted(parseBlocklist("a.b(c"), ["x a.b(c y"])).toBe("a.b(c");
  });
});

describe("dedupeKey", () => {
  it("is equal for the same words however spaced or cased, and differs by author", () => {
    expect(dedupeKey("Anna", "Tack för  inlägget!\n")).toBe(dedupeKey(" anna ", "tack för inlägget!"));
    expect(dedupeKey("Anna", "Tack!")).not.toBe(dedupeKey("Bo", "Tack!"));
  });
});
