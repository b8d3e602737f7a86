import { BlockList, isIP } from "node:net";

/**
 * Which peers may tell us the client's address (X-Forwarded-For) and the original scheme and host
 * (X-Forwarded-Proto / X-Forwarded-Host). Anything else a client sends in those headers is its own
 * invention and is ignored.
 *
 * - `none` (the default): the app faces the internet; the TCP peer is the client.
 * - `hops`: that many proxies stand in front of the app (each appends the address it saw).
 * - `addresses`: proxies are known by address or range; the client is the nearest untrusted hop.
 */
export type TrustProxy =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "addresses"; list: BlockList; description: string };

const LOOPBACK = ["127.0.0.0/8", "::1/128"];
const PRIVATE = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"];

/** Parses TRUST_PROXY; throws a message a person can act on. */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim().toLowerCase() ?? "";
  if (value === "" || value === "false" || value === "none" || value === "0") return { kind: "none" };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error(`TRUST_PROXY=${value}: at most 10 proxy hops.`);
    return { kind: "hops", hops };
  }
  if (value === "true") {
    throw new Error('TRUST_PROXY=true would let any client choose its address: give the number of proxies (e.g. 1) or their addresses (e.g. "loopback" or 10.0.0.5,10.1.0.0/16).');
  }
  const list = new BlockList();
  for (const entry of value.split(",").map((part) => part.trim()).filter(Boolean)) {
    const ranges = entry === "loopback" ? LOOPBACK : entry === "private" ? PRIVATE : [entry];
    for (const range of ranges) addRange(list, range);
  }
  return { kind: "addresses", list, description: value };
}

function addRange(list: BlockList, range: string): void {
  const [address = "", prefixText] = range.split("/");
  const family = isIP(address);
  if (family === 0) {
    throw new Error(`TRUST_PROXY: "${range}" is not an IP address or range (use e.g. 1, loopback, private, 10.0.0.5 or 10.0.0.0/8).`);
  }
  const type = family === 6 ? "ipv6" : "ipv4";
  if (prefixText === undefined) {
    list.addAddress(address, type);
    return;
  }
  const prefix = Number(prefixText);
  if (!/^\d+$/.test(prefixText) || prefix > (family === 6 ? 128 : 32)) throw new Error(`TRUST_PROXY: "${range}" has an invalid prefix length.`);
  list.addSubnet(address, prefix, type);
}

/** "::ffff:203.0.113.9" (IPv4 seen on an IPv6 socket) → "203.0.113.9"; anything not an IP → null. */
export function normalizeAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let value = raw.trim();
  // "[2001:db8::1]:443" or "203.0.113.9:5000" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value);
  if (mapped?.[1]) value = mapped[1];
  return isIP(value) === 0 ? null : value.toLowerCase();
}

function isTrusted(trust: TrustProxy, address: string): boolean {
  if (trust.kind !== "addresses") return false;
  return trust.list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/** Whether the TCP peer is a proxy we believe (so its X-Forwarded-* headers count). */
export function peerIsTrustedProxy(trust: TrustProxy, socketAddress: string | null): boolean {
  if (trust.kind === "none" || !socketAddress) return false;
  if (trust.kind === "hops") return trust.hops > 0;
  return isTrusted(trust, socketAddress);
}

/**
 * The client's address: the TCP peer, unless trusted proxies stand in front, in which case we
 * walk X-Forwarded-For from the right (the end our own proxies appended) past the trusted hops.
 * Entries left of the first untrusted hop are client input and never used.
 */
export function resolveClientAddress(trust: TrustProxy, socketAddress: string | null, forwardedFor: string | null | undefined): string | null {
  const peer = normalizeAddress(socketAddress);
  if (!peer || !peerIsTrustedProxy(trust, peer)) return peer;
  const hops = (forwardedFor ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  if (trust.kind === "hops") {
    // The chain is [...forwarded, peer]; with N proxies the client is N places left of the end.
    const chain = [...hops, peer];
    const index = Math.max(0, chain.length - 1 - trust.hops);
    return normalizeAddress(chain[index]) ?? peer;
  }
  let client = peer;
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = normalizeAddress(hops[index]);
    if (!hop) break;
    client = hop;
    if (!isTrusted(trust, hop)) break;
  }
  return client;
}
