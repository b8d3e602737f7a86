// Client addresses for e2e tests. The e2e server trusts 127.0.0.1 as a proxy (e2e/server.mjs),
// so a test says which reader it is with X-Forwarded-For, as nginx would: each reader its own
// address, so flood control and sign-in throttling never mix tests that run at the same time.
import { randomInt } from "node:crypto";

/** A made-up address in 10.0.0.0/8, different for every call (as far as chance goes). */
export function readerAddress(): string {
  return `10.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

/** Headers that make a request come from `address` through the trusted proxy. */
export function fromAddress(address: string): Record<string, string> {
  return { "x-forwarded-for": address };
}
