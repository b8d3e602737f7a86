import { describe, expect, it } from "vitest";
import { normalizeAddress, parseTrustProxy, resolveClientAddress } from "./trust-proxy";

describe("TRUST_PROXY", () => {
  it("trusts nobody by default: forwarded headers are the client's invention", () => {
    const trust = parseTrustProxy(undefined);
    expect(resolveClientAddress(trust, "203.0.113.9", "1.2.3.4")).toBe("203.0.113.9");
    expect(resolveClientAddress(trust, "::ffff:203.0.113.9", null)).toBe("203.0.113.9");
  });

  it("with one proxy, takes the address that proxy appended, not the one the client sent", () => {
    const trust = parseTrustProxy("1");
    expect(resolveClientAddress(trust, "127.0.0.1", "198.51.100.7")).toBe("198.51.100.7");
    // The client sent "X-Forwarded-For: 6.6.6.6"; nginx appended the real address.
    expect(resolveClientAddress(trust, "127.0.0.1", "6.6.6.6, 198.51.100.7")).toBe("198.51.100.7");
    // No header at all: the proxy itself is all we know.
    expect(resolveClientAddress(trust, "127.0.0.1", null)).toBe("127.0.0.1");
  });

  it("with two proxies, skips both", () => {
    const trust = parseTrustProxy("2");
    expect(resolveClientAddress(trust, "10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1")).toBe("198.51.100.7");
  });

  it("by address, walks past trusted hops only, and ignores headers from untrusted peers", () => {
    const trust = parseTrustProxy("loopback, 10.0.0.0/8");
    expect(resolveClientAddress(trust, "127.0.0.1", "6.6.6.6, 198.51.100.7, 10.1.2.3")).toBe("198.51.100.7");
    expect(resolveClientAddress(trust, "203.0.113.9", "6.6.6.6")).toBe("203.0.113.9");
    expect(resolveClientAddress(trust, "::1", "2001:db8::5")).toBe("2001:db8::5");
  });

  it("stops at garbage in the header instead of believing what lies left of it", () => {
    const trust = parseTrustProxy("loopback");
    expect(resolveClientAddress(trust, "127.0.0.1", "198.51.100.7, not-an-ip")).toBe("127.0.0.1");
  });

  it("refuses values that would trust everyone or are not addresses", () => {
    expect(() => parseTrustProxy("true")).toThrow(/any client/);
    expect(() => parseTrustProxy("example.com")).toThrow(/not an IP/);
    expect(() => parseTrustProxy("10.0.0.0/99")).toThrow(/prefix/);
    expect(() => parseTrustProxy("99")).toThrow(/at most 10/);
  });

  it("normalises the forms proxies write addresses in", () => {
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("203.0.113.9:5000")).toBe("203.0.113.9");
    expect(normalizeAddress("unknown")).toBeNull();
    expect(normalizeAddress("")).toBeNull();
  });
});
