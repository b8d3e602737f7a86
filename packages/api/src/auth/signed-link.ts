import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Tokens for links in mail that act without a sign-in (approve a comment, confirm following,
 * unsubscribe): what the link may do, for whom and until when, signed with the blog's secret
 * (Blog.secret, never shown). Nothing is stored; changing the secret voids every link.
 *
 * Each purpose signs with its own key, so a token made for one purpose never works for another.
 */
export type SignedLinkPurpose = "comment-action" | "reply-unsubscribe" | "follow-confirm" | "follow-unsubscribe";

function key(secret: string, purpose: SignedLinkPurpose): string {
  return `signed-link:${purpose}:${secret}`;
}

function signature(secret: string, purpose: SignedLinkPurpose, body: string): string {
  return createHmac("sha256", key(secret, purpose)).update(body).digest("base64url");
}

/**
 * `fields` are short identifiers (ids, an action name); `expiresAt` null makes a link that does
 * not expire (unsubscribe links must keep working in old mail).
 */
export function signLink(secret: string, purpose: SignedLinkPurpose, fields: string[], expiresAt: Date | null): string {
  for (const field of fields) {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(field)) throw new Error(`A signed link field must be a short identifier: ${JSON.stringify(field)}`);
  }
  const body = [expiresAt ? Math.floor(expiresAt.getTime() / 1000).toString(36) : "0", ...fields].join(".");
  return `${body}.${signature(secret, purpose, body)}`;
}

export type SignedLinkCheck = { ok: true; fields: string[] } | { ok: false; reason: "invalid" | "expired" };

export function readSignedLink(secret: string, purpose: SignedLinkPurpose, token: string | null | undefined, fieldCount: number, now = new Date()): SignedLinkCheck {
  if (!token || token.length > 512) return { ok: false, reason: "invalid" };
  const parts = token.split(".");
  if (parts.length !== fieldCount + 2) return { ok: false, reason: "invalid" };
  const given = Buffer.from(parts.pop() ?? "");
  const body = parts.join(".");
  const expected = Buffer.from(signature(secret, purpose, body));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" };
  const [expiry = "", ...fields] = parts;
  const expiresAt = parseInt(expiry, 36);
  if (!Number.isFinite(expiresAt)) return { ok: false, reason: "invalid" };
  if (expiresAt !== 0 && expiresAt * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, fields };
}
