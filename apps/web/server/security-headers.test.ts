import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EMBED_FRAME_ORIGINS } from "@crestwood/content";
import { COPY_LINK_SCRIPT } from "../src/lib/reader-scripts";
import { adminPolicy, readerPolicy } from "./security-headers";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("readerPolicy", () => {
  it("allows no script but the reader scripts, by hash, and locks down the rest", () => {
    const policy = readerPolicy();
    const hash = createHash("sha256").update(COPY_LINK_SCRIPT).digest("base64");
    expect(directive(policy, "script-src")).toBe(`script-src 'sha256-${hash}'`);
    for (const part of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(policy).toContain(part);
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(policy, "script-src")).not.toContain("unsafe-inline");
  });

  it("frames exactly the video players the content allowlist renders, on reader pages and in the editor", () => {
    expect(EMBED_FRAME_ORIGINS.length).toBeGreaterThan(0);
    expect(directive(readerPolicy(), "frame-src")).toBe(`frame-src ${EMBED_FRAME_ORIGINS.join(" ")}`);
    expect(directive(adminPolicy("n"), "frame-src")).toBe(`frame-src ${EMBED_FRAME_ORIGINS.join(" ")}`);
  });

  it("follows the origins the owner allows", () => {
    const policy = readerPolicy({ extraOrigins: ["https://stats.example.com"] });
    expect(directive(policy, "script-src")).toContain("https://stats.example.com");
    expect(directive(policy, "frame-src")).toContain("https://stats.example.com");
    expect(directive(policy, "connect-src")).toContain("https://stats.example.com");
  });
});

describe("adminPolicy", () => {
  it("runs scripts under the response's nonce only (eval in development alone)", () => {
    expect(directive(adminPolicy("abc"), "script-src")).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(directive(adminPolicy("abc", { dev: true }), "script-src")).toContain("'unsafe-eval'");
  });
});
