import { describe, expect, it } from "vitest";
import { diffContent, readableText } from "./revisions";

describe("readable diffs", () => {
  it("put each block on its own line and keep markup changes visible in the HTML diff", () => {
    expect(readableText("<h2>Rubrik</h2><p>Ett <b>stycke</b></p><ul><li>a</li><li>b</li></ul>")).toBe("Rubrik\nEtt stycke\na\nb");
    const diff = diffContent(
      { title: "T", slug: "t", labels: [], bodyHtml: '<p><a href="https://a.example">länk</a></p>' },
      { title: "T", slug: "t", labels: [], bodyHtml: '<p><a href="https://b.example">länk</a></p>' },
    );
    expect(diff.text.some((part) => part.added || part.removed)).toBe(false);
    expect(diff.changed).toBe(true);
    expect(diff.html.filter((part) => part.added).map((part) => part.value).join("")).toContain("b.example");
  });
});
