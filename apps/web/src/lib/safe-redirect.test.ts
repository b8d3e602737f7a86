import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it.each(["/admin", "/admin/posts?status=draft", "/admin/posts/abc#editor", "/2009/02/x.html"])("follows the same-origin path %s", (path) => {
    expect(safeRedirectPath(path)).toBe(path);
  });

  it.each([
    "//evil.example",
    "//evil.example/admin",
    "https://evil.example",
    "http:evil.example",
    "javascript:alert(1)",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/%0a/evil.example".replace("%0a", "\n"),
    "evil.example",
    // Dot segments that `new URL` normalises into a protocol-relative "//evil.example/p".
    "/.//evil.example/p",
    "/a/..//evil.example",
    "/..//evil.example",
    "/%2e//evil.example",
    "",
    undefined,
    ["/admin"],
  ])("refuses %j", (next) => {
    expect(safeRedirectPath(next)).toBe("/admin");
  });

  it.each([
    ["/%2F/evil.example", "/%2F/evil.example"],
    ["/./admin/posts", "/admin/posts"],
  ])("keeps %j a path on this site", (next, expected) => {
    expect(safeRedirectPath(next)).toBe(expected);
  });
});
