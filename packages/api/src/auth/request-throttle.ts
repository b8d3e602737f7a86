import { createHash } from "node:crypto";
import { hitRateLimit, refundRateLimit, type Db } from "@crestwood/db";
import { AppError } from "../errors";

/**
 * Requests that send mail (a password reset, following the blog) are counted on the same atomic
 * counters as sign-ins and comments (packages/db rate-limit: one conditional write per hit), so
 * a batch or parallel requests cannot all slip past a limit. Keys never hold an address or an IP
 * in clear: they are hashed with the blog's secret.
 */
export interface ThrottleRule {
  key: string;
  max: number;
  windowSeconds: number;
}

export function throttleKey(kind: string, value: string, secret: string): string {
  return `${kind}:${createHash("sha256").update(`${secret}:${value.trim().toLowerCase()}`).digest("hex")}`;
}

/**
 * The per-client rule: by the client's address, or — when the address is unknown (the app not
 * behind Crestwood's server) — one counter all such clients share, with a higher limit, never none.
 */
export function clientRule(kind: string, clientIp: string | null, secret: string, limit: { max: number; maxUnknownAddress: number; windowSeconds: number }): ThrottleRule {
  if (clientIp) return { key: throttleKey(kind, clientIp, secret), max: limit.max, windowSeconds: limit.windowSeconds };
  return { key: `${kind}:unknown`, max: limit.maxUnknownAddress, windowSeconds: limit.windowSeconds };
}

/**
 * Counts this request against every rule, or refuses it with TOO_MANY_REQUESTS (and the seconds
 * to wait) when one is full; the counts already taken for a refused request are given back.
 */
export async function takeThrottle(db: Db, rules: ThrottleRule[], message: string, now = new Date()) {
  const counted: string[] = [];
  for (const rule of rules) {
    const hit = await hitRateLimit(db, { key: rule.key, max: rule.max, windowMs: rule.windowSeconds * 1000 }, now.getTime());
    if (!hit.allowed) {
      for (const key of counted) await refundRateLimit(db, key);
      throw new AppError("TOO_MANY_REQUESTS", message, { retryAfter: hit.retryAfterSeconds });
    }
    counted.push(rule.key);
  }
}
