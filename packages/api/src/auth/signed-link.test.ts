import { describe, expect, it } from "vitest";
import { readSignedLink, signLink } from "./signed-link";

const secret = "blog-secret";
const later = new Date(Date.now() + 60_000);

describe("signed links", () => {
  it("read back what was signed, until they expire", () => {
    const token = signLink(secret, "comment-action", ["c123", "approve", "u9"], later);
    expect(readSignedLink(secret, "comment-action", token, 3)).toEqual({ ok: true, fields: ["c123", "approve", "u9"] });
    expect(readSignedLink(secret, "comment-action", token, 3, new Date(later.getTime() + 1000))).toEqual({ ok: false, reason: "expired" });
  });

  it("never expire when made without a date", () => {
    const token = signLink(secret, "follow-unsubscribe", ["s1"], null);
    expect(readSignedLink(secret, "follow-unsubscribe", token, 1, new Date("2100-01-01"))).toEqual({ ok: true, fields: ["s1"] });
  });

  it("refuse another purpose, another secret, a changed field and garbage", () => {
    const token = signLink(secret, "comment-action", ["c123", "approve", "u9"], later);
    expect(readSignedLink(secret, "reply-unsubscribe", token, 3).ok).toBe(false);
    expect(readSignedLink("other", "comment-action", token, 3).ok).toBe(false);
    expect(readSignedLink(secret, "comment-action", token.replace("approve", "spam"), 3).ok).toBe(false);
    const [expiry, ...rest] = token.split(".");
    expect(readSignedLink(secret, "comment-action", [(parseInt(expiry ?? "0", 36) + 9999).toString(36), ...rest].join("."), 3).ok).toBe(false);
    for (const junk of ["", "a.b", "x".repeat(600), "0.c.approve.u9.sig\u0000"]) expect(readSignedLink(secret, "comment-action", junk, 3).ok).toBe(false);
  });

  it("refuse to sign what is not a short identifier", () => {
    expect(() => signLink(secret, "comment-action", ["a.b"], later)).toThrow();
  });
});
