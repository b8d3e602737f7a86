import { describe, expect, it } from "vitest";
import { ZAllowedOriginsSchema } from "./blog";

describe("ZAllowedOriginsSchema", () => {
  it("keeps https origins, one per line, without repeats", () => {
    expect(ZAllowedOriginsSchema.parse(" https://stats.example.com\nhttps://gadgets.example.org/, https://stats.example.com ")).toBe("https://stats.example.com\nhttps://gadgets.example.org");
    expect(ZAllowedOriginsSchema.parse("")).toBe("");
  });

  it.each(["http://stats.example.com", "https://stats.example.com/path", "javascript:alert(1)", "'unsafe-inline'", "*", "https://*.example.com", "https://x.example.com;script-src *"])(
    "refuses %s",
    (value) => {
      expect(ZAllowedOriginsSchema.safeParse(value).success).toBe(false);
    },
  );
});
