import { createHash } from "node:crypto";
import type { Db } from "@crestwood/db";
import { AppError } from "../errors";

/**
 * Requests that send mail (a password reset, following the blog) are counted per key in a sliding
 * window, in the database so the count holds across instances. Keys never hold an address or an
 * IP in clear: they are hashed with the blog's secret. Shares the SignInAttempt table.
 */
export interface ThrottleRule {
  key: string;
  max: number;
  windowSeconds: number;
}

export function throttleKey(kind: string, value: string, secret: string): string {
  return `${kind}:${createHash("sha256").update(`${secret}:${value.trim().toLowerCase()}`).digest("hex")}`;
}

/** Counts this request against every rule; refuses with TOO_MANY_REQUESTS when one is over. */
export async function takeThrottle(db: Db, rules: ThrottleRule[], message: string, now = new Date()) {
  for (const rule of rules) {
    const since = new Date(now.getTime() - rule.windowSeconds * 1000);
    const recent = await db.signInAttempt.findMany({
      where: { key: rule.key, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: rule.max,
      select: { createdAt: true },
    });
    const oldestCounted = recent[rule.max - 1];
    if (oldestCounted) {
      const retryAfter = Math.max(1, Math.ceil((oldestCounted.createdAt.getTime() - since.getTime()) / 1000));
      throw new AppError("TOO_MANY_REQUESTS", message, { retryAfter });
    }
  }
  await db.signInAttempt.createMany({ data: rules.map((rule) => ({ key: rule.key, createdAt: now })) });
  const longest = Math.max(...rules.map((rule) => rule.windowSeconds));
  await db.signInAttempt.deleteMany({ where: { key: { in: rules.map((rule) => rule.key) }, createdAt: { lt: new Date(now.getTime() - longest * 1000) } } });
}
