import { createHash } from "node:crypto";
import { clearRateLimit, hitRateLimit, refundRateLimit, type Db } from "@crestwood/db";
import { AppError } from "../errors";
import type { ClientFamiliarity } from "./known-devices";

/**
 * Sign-in throttling. Every attempt is counted BEFORE the password is checked, by one atomic
 * write per counter (packages/db rate-limit): forty guesses in one tRPC batch, or in parallel,
 * cannot slip past a limit between a check and a record. A right password takes its counts back.
 *
 * Counters, per window:
 * - the account from this address (`maxPerAccountAndAddress`): a person mistyping, or one guesser;
 * - this address, any account (`maxPerAddress`): one address trying many accounts;
 * - the account from every unknown client together (`maxPerAccount`): many addresses guessing one
 *   password. Past it the account is *protected*: strangers are refused, but a browser or an
 *   address that signed in to the account before (auth/known-devices.ts) still gets in with the
 *   right password. So nobody can keep the owner out by guessing wrong on purpose;
 * - a known browser, by its device cookie (`maxPerDevice`), instead of the three above: the cookie
 *   is random and unguessable, and such a browser is subject to its own limit only.
 * See docs/security.md ("Sign-in throttling and lock-out").
 */
export const SIGN_IN_THROTTLE = {
  windowSeconds: 15 * 60,
  maxPerAccountAndAddress: 5,
  maxPerAddress: 30,
  maxPerAccount: 20,
  maxPerDevice: 5,
} as const;

function digest(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export interface ThrottleTarget {
  email: string;
  /** The client's address, salted and hashed; null when unknown (all such clients share counters). */
  ipHash: string | null;
  secret: string;
  familiarity: ClientFamiliarity;
}

interface Counter {
  key: string;
  max: number;
  /** Said when this counter is the one that refuses. */
  message: string;
}

const TOO_MANY = "Too many failed sign-ins. Wait a while and try again.";
const PROTECTED =
  "This account is protected after many failed sign-ins from elsewhere: sign in from a browser or network you have signed in from before, or wait and try again.";

function counters(target: ThrottleTarget): { counters: Counter[]; personal: string } {
  const account = digest(`${target.secret}:${target.email.trim().toLowerCase()}`);
  if (target.familiarity.via === "device") {
    const key = `sign-in:device:${target.familiarity.deviceId}`;
    return { counters: [{ key, max: SIGN_IN_THROTTLE.maxPerDevice, message: TOO_MANY }], personal: key };
  }
  const address = target.ipHash ?? "unknown";
  const personal = `sign-in:account-address:${digest(`${account}|${address}`)}`;
  return {
    personal,
    counters: [
      { key: personal, max: SIGN_IN_THROTTLE.maxPerAccountAndAddress, message: TOO_MANY },
      { key: `sign-in:address:${address}`, max: SIGN_IN_THROTTLE.maxPerAddress, message: TOO_MANY },
      // A known address skips the account-wide counter: that is what keeps the owner's own network open.
      ...(target.familiarity.via === "address" ? [] : [{ key: `sign-in:account:${account}`, max: SIGN_IN_THROTTLE.maxPerAccount, message: PROTECTED }]),
    ],
  };
}

export interface SignInAttempt {
  /** Takes the attempt's counts back after a right password. */
  succeeded(): Promise<void>;
}

/**
 * Counts one sign-in attempt on every counter that applies, or throws TOO_MANY_REQUESTS (with
 * the seconds to wait) when one of them is full. Call before checking the password.
 */
export async function beginSignInAttempt(db: Db, target: ThrottleTarget, now = new Date()): Promise<SignInAttempt> {
  const { counters: list, personal } = counters(target);
  const counted: string[] = [];
  for (const counter of list) {
    const hit = await hitRateLimit(db, { key: counter.key, max: counter.max, windowMs: SIGN_IN_THROTTLE.windowSeconds * 1000 }, now.getTime());
    if (!hit.allowed) {
      // The counters already taken for this refused attempt are given back: it never reached the password.
      for (const key of counted) await refundRateLimit(db, key);
      throw new AppError("TOO_MANY_REQUESTS", counter.message, { retryAfter: hit.retryAfterSeconds });
    }
    counted.push(counter.key);
  }
  return {
    async succeeded() {
      // A right password forgives this person's mistakes from here, and does not count against others.
      await clearRateLimit(db, personal);
      for (const key of counted) if (key !== personal) await refundRateLimit(db, key);
    },
  };
}
