/** Set by Crestwood's server (apps/web/server) on every request it accepts; see client-address.ts there. */
const CLIENT_ADDRESS_HEADER = "x-crestwood-client-ip";
const SERVED_BY_CRESTWOOD = Symbol.for("crestwood.server");

/**
 * Whether this process runs under Crestwood's server, which decides the client's address and
 * removes proxy headers that did not come from a trusted proxy (TRUST_PROXY). Under another
 * server (plain `next start`) those headers are whatever the client sent.
 */
export function servedByCrestwood(): boolean {
  return Boolean((globalThis as Record<symbol, unknown>)[SERVED_BY_CRESTWOOD]);
}

/**
 * The reader's IP address as the server decided it when it accepted the connection (the TCP peer,
 * or what trusted proxies say: TRUST_PROXY). Used only, hashed, for flood control. Null when the
 * app runs under another server (plain `next start`), where the header could be forged.
 */
export function clientIpFrom(headers: Headers): string | null {
  if (!servedByCrestwood()) return null;
  return headers.get(CLIENT_ADDRESS_HEADER);
}
