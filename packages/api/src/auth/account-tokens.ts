import { randomBytes } from "node:crypto";
import type { AccountTokenKind, Db } from "@crestwood/db";
import { hashToken } from "./session";

/** How long links sent by mail work. */
export const ACCOUNT_TOKEN_HOURS = {
  /** Asked for on the sign-in page: short, the person is waiting for it. */
  password_reset: 1,
  /** Sent by the owner to an author, who may read it tomorrow. */
  password_reset_by_owner: 72,
  email_change: 24,
} as const;

/** A new single-use token; only its sha256 is stored, the token goes into the mail. */
export async function createAccountToken(db: Db, input: { kind: AccountTokenKind; userId: string; email?: string; hours: number }, now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  await db.accountToken.create({
    data: { kind: input.kind, userId: input.userId, email: input.email ?? null, tokenHash: hashToken(token), createdAt: now, expiresAt: new Date(now.getTime() + input.hours * 3600_000) },
  });
  return token;
}

/** The token's row while it can still be used (unused, unexpired); null otherwise. Uses nothing. */
export async function findUsableAccountToken(db: Db, kind: AccountTokenKind, token: string, now = new Date()) {
  const row = await db.accountToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, kind: true, userId: true, email: true, expiresAt: true, usedAt: true } });
  if (!row || row.kind !== kind || row.usedAt || row.expiresAt <= now) return null;
  return row;
}

/**
 * Uses the token up: a conditional update only one request can win, so a link works once even
 * when clicked twice at the same moment. Null when it was unknown, used or expired.
 */
export async function consumeAccountToken(db: Db, kind: AccountTokenKind, token: string, now = new Date()) {
  const row = await findUsableAccountToken(db, kind, token, now);
  if (!row) return null;
  const { count } = await db.accountToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return count === 1 ? row : null;
}
