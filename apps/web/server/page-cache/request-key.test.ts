import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { normalisePath, pageKeyFor } from "./request-key";

function request(url: string, headers: Record<string, string> = { host: "blog.example" }): IncomingMessage {
  return { url, headers } as unknown as IncomingMessage;
}

afterEach(() => vi.unstubAllEnvs());

describe("normalisePath", () => {
  it("gives every spelling of a path one form", () => {
    expect(normalisePath("/2009/02/%73ociala.html")).toBe("/2009/02/sociala.html");
    expect(normalisePath("/search/label/Intran%c3%a4t")).toBe("/search/label/Intran%C3%A4t");
    expect(normalisePath("/search/label/Intranät")).toBe("/search/label/Intran%C3%A4t");
    expect(normalisePath("/a/../2009/")).toBe("/2009/");
  });

  it("refuses what is not a plain path", () => {
    expect(normalisePath("//evil.example/x")).toBeNull();
    expect(normalisePath("/\\evil")).toBeNull();
    expect(normalisePath("http://evil.example/")).toBeNull();
  });
});

describe("pageKeyFor", () => {
  it("keys by origin, path and only the parameters the page reads, sorted", () => {
    expect(pageKeyFor(request("/?utm_source=x&max-results=5&updated-max=2009-01-01T00:00:00Z"))).toEqual({
      key: "http://blog.example/?max-results=5&updated-max=2009-01-01T00%3A00%3A00Z",
      url: "/?max-results=5&updated-max=2009-01-01T00%3A00%3A00Z",
      path: "/",
      freeForm: true,
    });
    expect(pageKeyFor(request("/2009/02/x.html?fbclid=abc&comment=pending"))).toMatchObject({ url: "/2009/02/x.html?comment=pending", freeForm: false });
    expect(pageKeyFor(request("/2009/02/x.html?comment=other"))?.url).toBe("/2009/02/x.html");
    expect(pageKeyFor(request("/feeds/posts/default?alt=rss&foo=1"))?.url).toBe("/feeds/posts/default?alt=rss");
    expect(pageKeyFor(request("/feeds/posts/default?alt=json"))?.url).toBe("/feeds/posts/default");
  });

  it("keeps the first value of a repeated parameter", () => {
    expect(pageKeyFor(request("/search?q=a&q=b"))?.url).toBe("/search?q=a");
  });

  it("separates Hosts when PUBLIC_URL is unset, and falls back for a Host that is not a name", () => {
    vi.stubEnv("PUBLIC_URL", "");
    expect(pageKeyFor(request("/", { host: "evil.example" }))?.key).toBe("http://evil.example/");
    expect(pageKeyFor(request("/", { host: "Blog.Example:8080" }))?.key).toBe("http://blog.example:8080/");
    expect(pageKeyFor(request("/", { host: "a b<script>" }))?.key).toBe("http://localhost/");
    expect(pageKeyFor(request("/", { host: "blog.example", "x-forwarded-proto": "https" }))?.key).toBe("https://blog.example/");
  });

  it("uses PUBLIC_URL's origin for every Host when it is set", () => {
    vi.stubEnv("PUBLIC_URL", "https://blog.example.com");
    expect(pageKeyFor(request("/", { host: "evil.example" }))?.key).toBe("https://blog.example.com/");
  });

  it("leaves the admin, the API, media, Next's assets and RSC requests alone", () => {
    for (const url of ["/admin", "/admin/posts", "/api/trpc/post.list", "/media/x.webp", "/_next/static/a.js", "/?_rsc=1"]) expect(pageKeyFor(request(url))).toBeNull();
    expect(pageKeyFor(request("/administrator"))).not.toBeNull();
  });

  it("leaves the pages mail links open alone (they read a personal token or the reader's own outcome)", () => {
    for (const url of ["/follow?status=sent", "/follow/confirm?token=abc", "/follow/unsubscribe?token=abc", "/comments/unsubscribe?token=abc"]) {
      expect(pageKeyFor(request(url))).toBeNull();
    }
    expect(pageKeyFor(request("/privacy"))).not.toBeNull();
  });
});
