import { createHash } from "node:crypto";
import type { Db } from "@crestwood/db";
import { AppError } from "../errors";

/**
 * Failed sign-ins are counted per key in a sliding window, in the database (so the count holds
 * across app instances and restarts). A key over its limit is refused until its oldest failure
 * leaves the window: throttling slows guessing down, it never locks an account for good.
 *
 * - the address and account together: a person mistyping their password, or one guesser;
 * - the account alone, with a higher limit: many addresses guessing one password;
 * - the address alone: one address guessing many accounts.
 * The owner can always sign in again once the window has passed, even during an attack from
 * elsewhere, because the account-only limit is well above what one person mistypes.
 */
export const SIGN_IN_THROTTLE = {
  windowSeconds: 15 * 60,
  maxPerAccountAndAddress: 5,
  maxPerAccount: 50,
  maxPerAddress: 50,
} as const;

function digest(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

function throttleKeys(email: string, clientIp: string | null, secret: string) {
  const account = email.trim().toLowerCase();
  const address = clientIp ? digest(`${secret}:${clientIp}`) : "unknown";
  return [
    { key: `email-ip:${digest(`${account}|${address}`)}`, max: SIGN_IN_THROTTLE.maxPerAccountAndAddress },
    { key: `email:${account}`, max: SIGN_IN_THROTTLE.maxPerAccount },
    ...(clientIp ? [{ key: `ip:${address}`, max: SIGN_IN_THROTTLE.maxPerAddress }] : []),
  ];
}

export interface ThrottleTarget {
  email: string;
  clientIp: string | null;
  secret: string;
}

/** Throws TOO_MANY_REQUESTS (with the seconds to wait) when any key is over its limit. */
export async function assertSignInAllowed(db: Db, target: ThrottleTarget, now = new Date()) {
  const since = new Date(now.getTime() - SIGN_IN_THROTTLE.windowSeconds * 1000);
  for (const { key, max } of throttleKeys(target.email, target.clientIp, target.secret)) {
    const recent = await db.signInAttempt.findMany({
      where: { key, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: max,
      select: { createdAt: true },
    });
    const oldestCounted = recent[max - 1];
    if (oldestCounted) {
      const retryAfter = Math.max(1, Math.ceil((oldestCounted.createdAt.getTime() - since.getTime()) / 1000));
      throw new AppError("TOO_MANY_REQUESTS", "Too many failed sign-ins. Wait a while and try again.", { retryAfter });
    }
  }
}

export async function recordFailedSignIn(db: Db, target: ThrottleTarget, now = new Date()) {
  const keys = throttleKeys(target.email, target.clientIp, target.secret);
  await db.signInAttempt.createMany({ data: keys.map(({ key }) => ({ key, createdAt: now })) });
  // Old rows count for nothing: drop them as we go rather than with a job.
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - SIGN_IN_THROTTLE.windowSeconds * 1000) } } });
}

/** A successful sign-in forgives that person's mistakes from their address. */
export async function clearFailedSignIns(db: Db, target: ThrottleTarget) {
  const [personal] = throttleKeys(target.email, target.clientIp, target.secret);
  if (personal) await db.signInAttempt.deleteMany({ where: { key: personal.key } });
}
