import { TRPCClientError } from "@trpc/client";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldIssuesOf, hasErrorCode, parseError, toCrestwoodError } from "./errors";
import { API_LIMITS } from "@crestwood/config";
import { apiUrl, MAX_CALLS_PER_BATCH } from "./client";

/** An error as the client builds it from the server's JSON answer. */
function answered(code: string, data: Record<string, unknown> = {}, message = "Nope.") {
  return TRPCClientError.from({ error: { code: -32600, message, data: { code, httpStatus: 400, zodError: null, issues: null, retryAfter: null, ...data } } });
}

/** An AppError as the API throws it (the parser reads it by shape, not by class). */
class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

describe("parseError over HTTP (scripts)", () => {
  it("gives validation errors their structured issues and messages per field", () => {
    const error = answered("BAD_REQUEST", {
      issues: [
        { path: ["title"], code: "too_small", minimum: 1, origin: "string", message: "Enter a title." },
        { path: ["labels", 2], code: "too_big", maximum: 100, origin: "string", message: "Too long." },
        { path: ["slug"], code: "app:ALREADY_EXISTS", message: "Taken." },
      ],
    });
    expect(parseError(error)).toEqual({
      code: "BAD_REQUEST",
      message: "Nope.",
      fieldErrors: { title: ["Enter a title."], labels: ["Too long."], slug: ["Taken."] },
      fieldIssues: [
        { field: "title", path: "title", kind: "required", message: "Enter a title." },
        { field: "labels", path: "labels.2", kind: "too_long", limit: 100, message: "Too long." },
        { field: "slug", path: "slug", kind: "taken", message: "Taken." },
      ],
      formErrors: [],
      retryAfterSeconds: null,
    });
  });

  it("reads field messages from servers that send only zodError", () => {
    const error = answered("BAD_REQUEST", { zodError: { formErrors: ["Bad input."], fieldErrors: { title: ["Enter a title."], slug: undefined } } });
    expect(toCrestwoodError(error)).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { title: ["Enter a title."] }, formErrors: ["Bad input."] });
  });

  it("tells when to retry a rate-limited call", () => {
    expect(toCrestwoodError(answered("TOO_MANY_REQUESTS", { retryAfter: 42 }))).toMatchObject({ code: "TOO_MANY_REQUESTS", retryAfterSeconds: 42 });
  });

  it("tells refusals apart, and network failures from the API's answers", () => {
    expect(hasErrorCode(answered("UNAUTHORIZED"), "UNAUTHORIZED")).toBe(true);
    expect(hasErrorCode(answered("FORBIDDEN"), "UNAUTHORIZED")).toBe(false);
    expect(toCrestwoodError(answered("NOT_FOUND", {}, "No post."))).toMatchObject({ code: "NOT_FOUND", message: "No post.", fieldIssues: [] });
    expect(toCrestwoodError(new TRPCClientError("fetch failed"))).toMatchObject({ code: "NETWORK", message: "fetch failed" });
    expect(toCrestwoodError(new Error("something else"))).toBeNull();
    expect(parseError(new Error("something else"))).toMatchObject({ code: "UNKNOWN" });
    expect(parseError("a string")).toMatchObject({ code: "UNKNOWN", message: "a string" });
  });
});

describe("parseError in process (the web app's server actions)", () => {
  it("reads a zod error's issues as HTTP callers get them", () => {
    const zodError = z.object({ body: z.string().min(1), authorName: z.string().max(3) }).safeParse({ body: "", authorName: "toolong" }).error;
    const parsed = parseError(new TRPCError({ code: "BAD_REQUEST", message: "Invalid input", cause: zodError }));
    expect(parsed.code).toBe("BAD_REQUEST");
    expect(parsed.fieldIssues.map(({ field, kind, limit }) => ({ field, kind, limit }))).toEqual([
      { field: "body", kind: "required", limit: undefined },
      { field: "authorName", kind: "too_long", limit: 3 },
    ]);
  });

  it("reads a domain error's field and retry time", () => {
    const taken = parseError(new TRPCError({ code: "CONFLICT", message: "Taken.", cause: new AppError("ALREADY_EXISTS", "Taken.", "email") }));
    expect(taken).toMatchObject({ code: "CONFLICT", fieldIssues: [{ field: "email", kind: "taken" }], fieldErrors: { email: ["Taken."] } });
    const slow = parseError(new TRPCError({ code: "TOO_MANY_REQUESTS", message: "Wait.", cause: new AppError("TOO_MANY_REQUESTS", "Wait.", undefined, 30) }));
    expect(slow).toMatchObject({ code: "TOO_MANY_REQUESTS", retryAfterSeconds: 30, fieldIssues: [] });
  });

  it("maps numbers' bounds apart from texts'", () => {
    expect(fieldIssuesOf([{ path: ["postsPerPage"], code: "too_big", maximum: 100, origin: "number", message: "x" }])).toEqual([
      { field: "postsPerPage", path: "postsPerPage", kind: "too_big", limit: 100, message: "x" },
    ]);
    expect(fieldIssuesOf([{ path: [], code: "custom", message: "whole" }])).toEqual([]);
  });
});

describe("apiUrl", () => {
  it("accepts the blog's address or the API's", () => {
    expect(apiUrl("https://blog.example.org")).toBe("https://blog.example.org/api/trpc");
    expect(apiUrl("https://blog.example.org/")).toBe("https://blog.example.org/api/trpc");
    expect(apiUrl("https://blog.example.org/api/trpc/")).toBe("https://blog.example.org/api/trpc");
    expect(apiUrl("http://127.0.0.1:3000/blog")).toBe("http://127.0.0.1:3000/blog/api/trpc");
  });
});

describe("batching", () => {
  it("never sends more calls in one request than the server accepts", () => {
    expect(MAX_CALLS_PER_BATCH).toBe(API_LIMITS.maxCallsPerBatch);
  });
});
