import { randomBytes } from "node:crypto";
import type { Db } from "@crestwood/db";
import { AppError } from "../errors";
import { hashToken } from "../auth/session";
import { isSetupNeeded } from "./accounts";

/**
 * The one-time link that makes a fresh blog's owner. Without it, whoever opened /admin first on
 * a new install would own the blog; with it, only someone who can read the server's output (or
 * run `pnpm crestwood setup-link` on it) can. Only the token's sha256 is stored; every link dies
 * when the owner is made, and each lives a day at most.
 */
export const SETUP_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

export function setupPath(token: string): string {
  return `/admin/setup?token=${encodeURIComponent(token)}`;
}

/** A new setup link's token; refused once the blog has an owner. Older unused links stay valid until they expire. */
export async function createSetupToken(db: Db, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  if (!(await isSetupNeeded(db))) throw new AppError("FORBIDDEN", "This blog already has an owner: sign in at /admin instead.");
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SETUP_LINK_LIFETIME_MS);
  await db.setupToken.deleteMany({ where: { expiresAt: { lte: now } } });
  await db.setupToken.create({ data: { tokenHash: hashToken(token), createdAt: now, expiresAt } });
  return { token, expiresAt };
}

/** Whether a setup link's token may make the owner now. */
export async function isSetupTokenValid(db: Db, token: string | null | undefined, now = new Date()): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const row = await db.setupToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { expiresAt: true } });
  return Boolean(row && row.expiresAt > now);
}
