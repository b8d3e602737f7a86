import { describe, expect, it } from "vitest";
import { configuredPublicUrl, publicOrigin } from "./public-url";

describe("publicOrigin", () => {
  it("uses PUBLIC_URL when set, whatever host the request names", () => {
    expect(publicOrigin(new Headers({ host: "evil.example" }), "https://blogg.example.se/")).toBe("https://blogg.example.se");
  });

  it("falls back to the request's host and forwarded protocol", () => {
    expect(publicOrigin(new Headers({ host: "localhost:3000" }), undefined)).toBe("http://localhost:3000");
    expect(publicOrigin(new Headers({ host: "Blog.Example", "x-forwarded-proto": "https" }), "")).toBe("https://blog.example");
  });

  it("ignores a Host header that is not a plain host name", () => {
    expect(publicOrigin(new Headers({ host: 'a"><script>' }), undefined)).toBe("http://localhost");
    expect(publicOrigin(new Headers(), undefined)).toBe("http://localhost");
  });
});

describe("configuredPublicUrl", () => {
  it.each(["ftp://blog.example", "not a url", "https://blog.example/blog", "https://blog.example/?a=1"])("refuses %s with a message naming PUBLIC_URL", (value) => {
    expect(() => configuredPublicUrl(value)).toThrow(/PUBLIC_URL/);
  });
});
