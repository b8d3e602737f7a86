import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@crestwood/db";

/** A session lasts this long after it was last used (sliding)… */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** …and never longer than this after signing in (absolute): a stolen cookie does not live forever. */
export const SESSION_MAX_AGE_MS = 90 * 24 * 60 * 60 * 1000;

/** When a session started at `createdAt` and used at `now` expires: the sooner of the two limits. */
function expiryOf(createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + SESSION_LIFETIME_MS, createdAt.getTime() + SESSION_MAX_AGE_MS));
}
/** Sliding expiry is written at most this often, so reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new session for the user: the random token goes into the cookie, only its hash into the database. */
export async function createSession(db: Db, userId: string, now = new Date(), userAgent?: string | null) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = expiryOf(now, now);
  // Kept short: it only names the session on the account page.
  const agent = [...(userAgent ?? "")].filter((char) => char >= " " && char !== "\u007f").join("").slice(0, 200);
  await db.session.create({ data: { tokenHash: hashToken(token), userId, expiresAt, createdAt: now, lastSeenAt: now, userAgent: agent } });
  return { token, expiresAt };
}

const sessionUserSelect = { id: true, email: true, name: true, role: true } as const;

/** The session a token names, with its user; null when unknown or expired. */
export async function findSession(db: Db, token: string, now = new Date()) {
  const session = await db.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, createdAt: true, expiresAt: true, lastSeenAt: true, user: { select: sessionUserSelect } },
  });
  if (!session) return null;
  if (session.expiresAt <= now || now.getTime() - session.createdAt.getTime() >= SESSION_MAX_AGE_MS) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.session.updateMany({
      where: { id: session.id },
      data: { lastSeenAt: now, expiresAt: expiryOf(session.createdAt, now) },
    });
  }
  return { id: session.id, user: session.user };
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.session.deleteMany({ where: { id: sessionId } });
}

export async function deleteUserSessions(db: Db, userId: string) {
  await db.session.deleteMany({ where: { userId } });
}
