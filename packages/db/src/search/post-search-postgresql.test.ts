import { describe, expect, it } from "vitest";
import { toTsQuery } from "./post-search-postgresql";

describe("toTsQuery", () => {
  it("makes every run of letters and digits a quoted prefix, all required", () => {
    expect(toTsQuery(`intranät "sociala medier" OR !x & y:* 'z'`)).toBe("'intranät':* & 'sociala':* & 'medier':* & 'OR':* & 'x':* & 'y':* & 'z':*");
  });

  it("gives null when nothing searchable is left, and keeps twelve terms", () => {
    expect(toTsQuery(" * () - ' ")).toBeNull();
    expect(toTsQuery("w ".repeat(40))?.split(" & ")).toHaveLength(12);
  });
});
