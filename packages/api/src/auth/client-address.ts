import { createHash } from "node:crypto";

/**
 * A client's IP address as stored (comments' ipHash, rate-limit keys, known devices): salted with
 * the blog's secret and hashed, so the database never holds the address itself.
 */
export function hashClientAddress(ip: string, secret: string): string {
  return createHash("sha256").update(`${secret}:${ip}`).digest("hex");
}
