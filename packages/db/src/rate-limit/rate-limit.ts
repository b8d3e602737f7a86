// Rate-limit counters (sign-in throttling, comment flood control) as ONE conditional write per
// hit: `INSERT … ON CONFLICT DO UPDATE … WHERE count < max RETURNING`. The database decides, in
// one statement, whether the hit fits, so a tRPC batch, parallel requests or several app
// instances cannot all read "4 of 5" and all go ahead. The SQL is the same on SQLite (3.35+) and
// PostgreSQL; it lives here with the other dialect-specific SQL.
import { Prisma } from "../generated/prisma/client";
import type { Db } from "../client";

export interface RateLimitRule {
  /** What is counted, e.g. `comment:address:<hash>`. Keys are stored: hash personal data. */
  key: string;
  /** Hits allowed per window. */
  max: number;
  windowMs: number;
}

export type RateLimitHit =
  /** Counted: this was hit number `count` of the window ending at `resetAt` (ms). */
  | { allowed: true; count: number; resetAt: number }
  /** Refused, not counted: the window is full until `resetAt`. */
  | { allowed: false; count: number; resetAt: number; retryAfterSeconds: number };

interface CounterRow {
  count: number | bigint;
  resetAt: number | bigint;
}

const bigint = (value: number) => Prisma.sql`CAST(${Math.floor(value)} AS BIGINT)`;

/** Counts one hit against `rule` if the window has room; says when to come back if not. */
export async function hitRateLimit(db: Db, rule: RateLimitRule, now: number = Date.now()): Promise<RateLimitHit> {
  const windowEnd = now + rule.windowMs;
  const rows = await db.$queryRaw<CounterRow[]>(Prisma.sql`
    INSERT INTO "RateLimit" ("key", "count", "resetAt") VALUES (${rule.key}, 1, ${bigint(windowEnd)})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."resetAt" <= ${bigint(now)} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${bigint(now)} THEN ${bigint(windowEnd)} ELSE "RateLimit"."resetAt" END
    WHERE "RateLimit"."resetAt" <= ${bigint(now)} OR "RateLimit"."count" < ${rule.max}
    RETURNING "count", "resetAt"`);
  const row = rows[0];
  if (row) {
    const count = Number(row.count);
    // A window just began for this key: a cheap moment to forget windows that have ended.
    if (count === 1) await db.$executeRaw(Prisma.sql`DELETE FROM "RateLimit" WHERE "resetAt" < ${bigint(now)}`);
    return { allowed: true, count, resetAt: Number(row.resetAt) };
  }
  const current = await db.$queryRaw<CounterRow[]>(Prisma.sql`SELECT "count", "resetAt" FROM "RateLimit" WHERE "key" = ${rule.key}`);
  const resetAt = current[0] ? Number(current[0].resetAt) : windowEnd;
  return { allowed: false, count: current[0] ? Number(current[0].count) : rule.max, resetAt, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)) };
}

/** Whether `rule` would refuse a hit now, without counting one (for a check before the real hit). */
export async function peekRateLimit(db: Db, rule: RateLimitRule, now: number = Date.now()): Promise<RateLimitHit> {
  const rows = await db.$queryRaw<CounterRow[]>(Prisma.sql`SELECT "count", "resetAt" FROM "RateLimit" WHERE "key" = ${rule.key}`);
  const row = rows[0];
  if (!row || Number(row.resetAt) <= now) return { allowed: true, count: 0, resetAt: now + rule.windowMs };
  const count = Number(row.count);
  const resetAt = Number(row.resetAt);
  if (count < rule.max) return { allowed: true, count, resetAt };
  return { allowed: false, count, resetAt, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)) };
}

/** Takes back one counted hit (e.g. a sign-in that turned out right), never below zero. */
export async function refundRateLimit(db: Db, key: string): Promise<void> {
  await db.$executeRaw(Prisma.sql`UPDATE "RateLimit" SET "count" = "count" - 1 WHERE "key" = ${key} AND "count" > 0`);
}

/** Forgets a key's window altogether. */
export async function clearRateLimit(db: Db, key: string): Promise<void> {
  await db.$executeRaw(Prisma.sql`DELETE FROM "RateLimit" WHERE "key" = ${key}`);
}
