import type { IncomingMessage } from "node:http";
import { peerIsTrustedProxy, resolveClientAddress, type TrustProxy } from "@crestwood/config";

/** The header through which the app learns the client's address; only this server sets it. */
export const CLIENT_ADDRESS_HEADER = "x-crestwood-client-ip";

/** Headers a client could forge to pose as a proxy (and so choose its own address, host or scheme). */
const PROXY_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

function lastValue(value: string | string[] | undefined): string | undefined {
  const joined = Array.isArray(value) ? value.join(",") : value;
  return joined?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
}

/**
 * Where the connection is accepted is the only place the client's address is known (Next no
 * longer exposes the socket). Decides it once, per TRUST_PROXY, and rewrites the request's headers
 * so that nothing downstream can be fooled: proxy headers survive only from trusted proxies (and
 * then only the value the nearest proxy wrote), and the address travels in CLIENT_ADDRESS_HEADER.
 */
export function applyClientAddress(req: IncomingMessage, trust: TrustProxy): string | null {
  const peer = req.socket.remoteAddress ?? null;
  const forwardedFor = req.headers["x-forwarded-for"];
  const client = resolveClientAddress(trust, peer, Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor);
  if (peerIsTrustedProxy(trust, peer)) {
    const proto = lastValue(req.headers["x-forwarded-proto"]);
    const host = lastValue(req.headers["x-forwarded-host"]);
    for (const name of PROXY_HEADERS) delete req.headers[name];
    if (proto === "https" || proto === "http") req.headers["x-forwarded-proto"] = proto;
    if (host) req.headers["x-forwarded-host"] = host;
  } else {
    for (const name of PROXY_HEADERS) delete req.headers[name];
  }
  if (client) req.headers[CLIENT_ADDRESS_HEADER] = client;
  else delete req.headers[CLIENT_ADDRESS_HEADER];
  return client;
}
