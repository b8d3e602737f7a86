import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { parseTrustProxy } from "@crestwood/config";
import { applyClientAddress, CLIENT_ADDRESS_HEADER } from "./client-address";

function request(remoteAddress: string, headers: Record<string, string>): IncomingMessage {
  return { socket: { remoteAddress }, headers: { ...headers } } as unknown as IncomingMessage;
}

describe("applyClientAddress", () => {
  it("without trusted proxies removes every proxy header a client sent and forged addresses", () => {
    const req = request("203.0.113.9", {
      "x-forwarded-for": "6.6.6.6",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-real-ip": "6.6.6.6",
      [CLIENT_ADDRESS_HEADER]: "6.6.6.6",
      host: "blog.example",
    });
    expect(applyClientAddress(req, parseTrustProxy(undefined))).toBe("203.0.113.9");
    expect(req.headers).toEqual({ host: "blog.example", [CLIENT_ADDRESS_HEADER]: "203.0.113.9" });
  });

  it("behind a trusted proxy keeps only what the nearest proxy wrote", () => {
    const req = request("127.0.0.1", { "x-forwarded-for": "6.6.6.6, 198.51.100.7", "x-forwarded-proto": "http, https", "x-forwarded-host": "evil.example, blog.example" });
    expect(applyClientAddress(req, parseTrustProxy("loopback"))).toBe("198.51.100.7");
    expect(req.headers["x-forwarded-proto"]).toBe("https");
    expect(req.headers["x-forwarded-host"]).toBe("blog.example");
    expect(req.headers["x-forwarded-for"]).toBeUndefined();
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.7");
  });

  it("from an untrusted peer ignores the headers even when proxies are configured", () => {
    const req = request("203.0.113.9", { "x-forwarded-for": "6.6.6.6", "x-forwarded-proto": "https" });
    expect(applyClientAddress(req, parseTrustProxy("loopback"))).toBe("203.0.113.9");
    expect(req.headers["x-forwarded-proto"]).toBeUndefined();
  });
});
