import { afterEach, describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./same-origin";

const SERVED_BY_CRESTWOOD = Symbol.for("crestwood.server");
const flags = globalThis as Record<symbol, unknown>;

function post(headers: Record<string, string>): Request {
  return new Request("http://blog.example/api/trpc/auth.signOut", { method: "POST", headers });
}

afterEach(() => {
  delete flags[SERVED_BY_CRESTWOOD];
  delete process.env.PUBLIC_URL;
});

describe("isCrossSiteRequest", () => {
  it("believes Sec-Fetch-Site, then compares Origin with the blog's host", () => {
    expect(isCrossSiteRequest(post({ host: "blog.example", "sec-fetch-site": "cross-site", origin: "http://blog.example" }))).toBe(true);
    expect(isCrossSiteRequest(post({ host: "blog.example", "sec-fetch-site": "same-origin", origin: "http://blog.example" }))).toBe(false);
    expect(isCrossSiteRequest(post({ host: "blog.example", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteRequest(post({ host: "blog.example", origin: "null" }))).toBe(true);
    expect(isCrossSiteRequest(post({ host: "blog.example" }))).toBe(false);
  });

  it("does not let a forged X-Forwarded-Host vouch for an evil Origin under another server", () => {
    const forged = post({ host: "blog.example", origin: "https://evil.example", "x-forwarded-host": "evil.example" });
    expect(isCrossSiteRequest(forged)).toBe(true);
  });

  it("believes X-Forwarded-Host under Crestwood's server, which keeps it from trusted proxies only", () => {
    flags[SERVED_BY_CRESTWOOD] = true;
    expect(isCrossSiteRequest(post({ host: "127.0.0.1:3000", origin: "https://blog.example", "x-forwarded-host": "blog.example" }))).toBe(false);
  });

  it("accepts the configured PUBLIC_URL's host behind a proxy that rewrites Host", () => {
    process.env.PUBLIC_URL = "https://blog.example";
    expect(isCrossSiteRequest(post({ host: "127.0.0.1:3000", origin: "https://blog.example" }))).toBe(false);
    expect(isCrossSiteRequest(post({ host: "127.0.0.1:3000", origin: "https://evil.example" }))).toBe(true);
  });
});
