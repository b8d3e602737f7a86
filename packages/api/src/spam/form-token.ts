import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * A comment form's issued-at token: when the form was handed to the reader, signed so it cannot
 * be forged. It lets the server refuse forms filled faster than a person can (bots), even when the
 * page itself came from the page cache: cached HTML carries FORM_TOKEN_PLACEHOLDER, which the
 * server (apps/web/server) replaces with a fresh token on every response.
 */
export const FORM_TOKEN_PLACEHOLDER = "__CRESTWOOD_FORM_TOKEN__";

const VERSION = "1";

function sign(secret: string, issuedAt: number): string {
  return createHmac("sha256", `form-token:${secret}`).update(`${VERSION}.${issuedAt}`).digest("base64url");
}

/** A token for a form handed out at `now` (ms since the epoch). `secret` is the blog's (Blog.secret). */
export function mintFormToken(secret: string, now: number = Date.now()): string {
  const issuedAt = Math.floor(now / 1000);
  return `${VERSION}.${issuedAt}.${sign(secret, issuedAt)}`;
}

export type FormTokenCheck = { valid: true; ageSeconds: number } | { valid: false };

/** Whether the token is ours and unaltered, and how long ago its form was handed out. */
export function readFormToken(secret: string, token: string | undefined | null, now: number = Date.now()): FormTokenCheck {
  const match = /^1\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? "");
  if (!match?.[1] || !match[2]) return { valid: false };
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(secret, issuedAt));
  const given = Buffer.from(match[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { valid: false };
  const ageSeconds = Math.floor(now / 1000) - issuedAt;
  // A token from the future was not minted by this blog's clock.
  if (ageSeconds < -5) return { valid: false };
  return { valid: true, ageSeconds: Math.max(0, ageSeconds) };
}
