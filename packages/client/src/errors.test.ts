import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { hasErrorCode, toCrestwoodError } from "./errors";
import { apiUrl } from "./client";

/** An error as the client builds it from the server's JSON answer. */
function answered(code: string, data: Record<string, unknown> = {}, message = "Nope.") {
  return TRPCClientError.from({ error: { code: -32600, message, data: { code, httpStatus: 400, zodError: null, retryAfter: null, ...data } } });
}

describe("toCrestwoodError", () => {
  it("gives validation errors their field errors, without fields that have none", () => {
    const error = answered("BAD_REQUEST", { zodError: { formErrors: ["Bad input."], fieldErrors: { title: ["Enter a title."], slug: undefined } } });
    expect(toCrestwoodError(error)).toEqual({ code: "BAD_REQUEST", message: "Nope.", fieldErrors: { title: ["Enter a title."] }, formErrors: ["Bad input."] });
  });

  it("tells when to retry a rate-limited call", () => {
    expect(toCrestwoodError(answered("TOO_MANY_REQUESTS", { retryAfter: 42 }))).toMatchObject({ code: "TOO_MANY_REQUESTS", retryAfterSeconds: 42 });
  });

  it("tells refusals apart, and network failures from the API's answers", () => {
    expect(hasErrorCode(answered("UNAUTHORIZED"), "UNAUTHORIZED")).toBe(true);
    expect(hasErrorCode(answered("FORBIDDEN"), "UNAUTHORIZED")).toBe(false);
    expect(toCrestwoodError(answered("NOT_FOUND", {}, "No post."))).toEqual({ code: "NOT_FOUND", message: "No post." });
    expect(toCrestwoodError(new TRPCClientError("fetch failed"))).toEqual({ code: "NETWORK", message: "fetch failed" });
    expect(toCrestwoodError(new Error("something else"))).toBeNull();
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
