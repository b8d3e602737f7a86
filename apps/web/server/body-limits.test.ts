import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { bodyLimitFor, refuseOversizedBody } from "./body-limits";

const env = { MAX_BODY_KB: 64, MAX_POST_BODY_KB: 4096, MEDIA_MAX_UPLOAD_MB: 20 };

function answer(method: string, url: string, headers: Record<string, string>) {
  const sent: { status?: number; headers?: Record<string, unknown>; body?: string } = {};
  const res = {
    writeHead(status: number, h: Record<string, unknown>) {
      sent.status = status;
      sent.headers = h;
      return this;
    },
    end(body: string) {
      sent.body = body;
    },
  } as unknown as ServerResponse;
  const refused = refuseOversizedBody({ method, url, headers } as IncomingMessage, res, env);
  return { refused, ...sent };
}

describe("bodyLimitFor", () => {
  it("gives posts room for ~500,000 characters, comments and the rest much less, uploads their own", () => {
    expect(bodyLimitFor("/api/trpc/comment.create", env)).toBe(64 * 1024);
    expect(bodyLimitFor("/api/trpc/admin.post.update", env)).toBe(4096 * 1024);
    expect(bodyLimitFor("/api/trpc/comment.create,admin.post.create", env)).toBe(4096 * 1024);
    expect(bodyLimitFor("/admin/posts/abc", env)).toBe(4096 * 1024);
    expect(bodyLimitFor("/admin/posts/new", env)).toBe(4096 * 1024);
    expect(bodyLimitFor("/2020/01/a-post.html", env)).toBe(64 * 1024);
    expect(bodyLimitFor("/api/media", env)).toBe(20 * 1024 * 1024 + 64 * 1024);
    expect(bodyLimitFor("/api/trpc/%E0%A4%A", env)).toBe(64 * 1024);
  });
});

describe("refuseOversizedBody", () => {
  it("answers 413 from Content-Length alone, in tRPC's error shape on /api/trpc", () => {
    const single = answer("POST", "/api/trpc/comment.create", { "content-length": String(50 * 1024 * 1024) });
    expect(single).toMatchObject({ refused: true, status: 413 });
    expect(JSON.parse(single.body ?? "")).toMatchObject({ error: { json: { code: -32013, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } } });
    const batch = answer("POST", "/api/trpc/comment.create,comment.create?batch=1", { "content-length": "9999999" });
    expect(JSON.parse(batch.body ?? "")).toHaveLength(2);
    const page = answer("POST", "/2020/01/x.html", { "content-length": "70000" });
    expect(page).toMatchObject({ refused: true, status: 413 });
    expect(page.body).toMatch(/larger than the 64 KiB/);
  });

  it("lets bodies within their limit, and requests without bodies, through", () => {
    expect(answer("POST", "/api/trpc/comment.create", { "content-length": "2000" }).refused).toBe(false);
    expect(answer("POST", "/admin/posts/abc", { "content-length": String(2 * 1024 * 1024) }).refused).toBe(false);
    expect(answer("GET", "/api/trpc/post.list", { "content-length": String(50 * 1024 * 1024) }).refused).toBe(false);
    expect(answer("POST", "/api/trpc/auth.signOut", {}).refused).toBe(false);
  });

  it("answers 411 to a chunked body, whose size cannot be known before reading it", () => {
    expect(answer("POST", "/api/trpc/comment.create", { "transfer-encoding": "chunked" })).toMatchObject({ refused: true, status: 411 });
  });
});
