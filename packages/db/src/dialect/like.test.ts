import { describe, expect, it } from "vitest";
import { unicodeLike } from "./like";

describe("unicodeLike", () => {
  it("folds case beyond ASCII", () => {
    expect(unicodeLike("%åsa%", "Åsa Öberg")).toBe(1);
    expect(unicodeLike("%ÖBERG", "Åsa öberg")).toBe(1);
    expect(unicodeLike("%straße%", "STRASSE")).toBe(0);
    expect(unicodeLike("%É%", "café")).toBe(1);
  });

  it("keeps LIKE's wildcards, escapes and NULLs", () => {
    expect(unicodeLike("a_c", "abc")).toBe(1);
    expect(unicodeLike("a_c", "ac")).toBe(0);
    expect(unicodeLike("%\\%%", "100%", "\\")).toBe(1);
    expect(unicodeLike("%\\%%", "100", "\\")).toBe(0);
    expect(unicodeLike("%\\_%", "a_b", "\\")).toBe(1);
    expect(unicodeLike("%\\_%", "ab", "\\")).toBe(0);
    expect(unicodeLike("%x%", null)).toBeNull();
    expect(unicodeLike("a.c(", "a.c(")).toBe(1);
    expect(unicodeLike("a.c", "abc")).toBe(0);
    expect(unicodeLike("%/media/ab-%", "<img src=\"/media/ab-640.webp\">")).toBe(1);
    expect(unicodeLike("%", "rad\nbrytning")).toBe(1);
    expect(unicodeLike("_", "😀")).toBe(1);
  });
});
