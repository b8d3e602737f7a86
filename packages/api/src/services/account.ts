/**
 * One's own account (/admin/account): profile, name, e-mail (confirmed by mail), password (other
 * sessions signed out), and the list of signed-in sessions.
 */
import { Prisma, type Db } from "@crestwood/db";
import {
  ZEmailChangeInputSchema,
  ZPasswordChangeInputSchema,
  ZProfileUpdateInputSchema,
  type TEmailChangeInput,
  type TPasswordChangeInput,
  type TProfileUpdateInput,
} from "@crestwood/validators";
import { AppError } from "../errors";
import { withChanges } from "../changes/announce";
import type { AuthUser } from "../auth/caller";
import { ACCOUNT_TOKEN_HOURS, consumeAccountToken, createAccountToken } from "../auth/account-tokens";
import { hashPassword, verifyPassword } from "../auth/password";
import { enqueueMail } from "../mail/outbox";
import { emailChangeMail, emailChangedMail, passwordChangedMail } from "../mail/templates";
import { getBlog } from "./blog";
import { featuredImageOf } from "./media";

export async function getAccount(db: Db, user: AuthUser, currentSessionId: string | null) {
  const [row, sessions, pendingEmail] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { id: true, email: true, name: true, role: true, displayName: true, bio: true, website: true, avatarMediaId: true, avatarMedia: { select: { alt: true, variants: true } } },
    }),
    db.session.findMany({ where: { userId: user.id, expiresAt: { gt: new Date() } }, orderBy: { lastSeenAt: "desc" }, select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true } }),
    db.accountToken.findFirst({ where: { userId: user.id, kind: "email_change", usedAt: null, expiresAt: { gt: new Date() } }, orderBy: { createdAt: "desc" }, select: { email: true } }),
  ]);
  const { avatarMedia, ...account } = row;
  return {
    ...account,
    avatar: featuredImageOf(avatarMedia),
    pendingEmail: pendingEmail?.email ?? null,
    sessions: sessions.map((session) => ({ ...session, current: session.id === currentSessionId })),
  };
}
export type Account = Awaited<ReturnType<typeof getAccount>>;

export async function updateProfile(db: Db, user: AuthUser, rawInput: TProfileUpdateInput) {
  const input = ZProfileUpdateInputSchema.parse(rawInput);
  if (input.avatarMediaId && !(await db.media.findUnique({ where: { id: input.avatarMediaId }, select: { id: true } }))) {
    throw new AppError("INVALID_INPUT", "Choose a picture from the media library.", { field: "avatarMediaId" });
  }
  const shown = { id: true, name: true, displayName: true, bio: true, website: true, avatarMediaId: true } as const;
  return withChanges(db, async (tx, announce) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: shown });
    const after = await tx.user.update({
      where: { id: user.id },
      data: { name: input.name, displayName: input.displayName, bio: input.bio, website: input.website, avatarMediaId: input.avatarMediaId },
      select: shown,
    });
    // Bylines show the (display) name, and the owner's profile box is on every reader page.
    if (JSON.stringify(before) !== JSON.stringify(after)) announce({ type: "author.changed", userId: user.id });
    return after;
  });
}

async function assertPassword(db: Db, userId: string, password: string) {
  const row = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(row.passwordHash, password))) {
    throw new AppError("INVALID_INPUT", "That is not your current password.", { field: "currentPassword" });
  }
}

export function emailConfirmLink(origin: string, token: string): string {
  return `${origin}/admin/account/confirm-email?token=${encodeURIComponent(token)}`;
}

/** Sends a confirmation link to the new address; the address changes only when it is clicked. */
export async function requestEmailChange(ctx: { db: Db; origin: string; now?: Date }, user: AuthUser, rawInput: TEmailChangeInput) {
  const input = ZEmailChangeInputSchema.parse(rawInput);
  const { db } = ctx;
  const now = ctx.now ?? new Date();
  await assertPassword(db, user.id, input.currentPassword);
  if (input.email === user.email) throw new AppError("INVALID_INPUT", "That is already your address.", { field: "email" });
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("ALREADY_EXISTS", "An account with that email already exists.", { field: "email" });
  }
  // One pending change at a time: an earlier link stops working.
  await db.accountToken.deleteMany({ where: { userId: user.id, kind: "email_change", usedAt: null } });
  const hours = ACCOUNT_TOKEN_HOURS.email_change;
  const token = await createAccountToken(db, { kind: "email_change", userId: user.id, email: input.email, hours }, now);
  const blog = await getBlog(db);
  await enqueueMail(db, { kind: "email-change", to: input.email, ...emailChangeMail(blog, { name: user.name, url: emailConfirmLink(ctx.origin, token), hours }) }, now);
  return { pendingEmail: input.email };
}

/** The click in the confirmation mail: the account's address becomes the confirmed one. */
export async function confirmEmailChange(db: Db, token: string, now = new Date()) {
  const row = await consumeAccountToken(db, "email_change", token, now);
  if (!row?.email) throw new AppError("INVALID_INPUT", "This confirmation link has expired or was already used.", { field: "token" });
  const before = await db.user.findUniqueOrThrow({ where: { id: row.userId }, select: { email: true, name: true } });
  try {
    await db.user.update({ where: { id: row.userId }, data: { email: row.email } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("ALREADY_EXISTS", "Another account took that address in the meantime.", { field: "email" });
    }
    throw error;
  }
  const blog = await getBlog(db);
  // The old address hears of it: if someone else did this, its owner can react.
  await enqueueMail(db, { kind: "email-changed", to: before.email, ...emailChangedMail(blog, { name: before.name, newEmail: row.email }) }, now);
  return { email: row.email };
}

/** A new password, proven by the current one; every other session of the account ends. */
export async function changePassword(ctx: { db: Db; origin: string; now?: Date }, caller: { user: AuthUser; sessionId: string | null }, rawInput: TPasswordChangeInput) {
  const input = ZPasswordChangeInputSchema.parse(rawInput);
  const { db } = ctx;
  await assertPassword(db, caller.user.id, input.currentPassword);
  const passwordHash = await hashPassword(input.newPassword);
  await db.user.update({ where: { id: caller.user.id }, data: { passwordHash } });
  const { count } = await db.session.deleteMany({ where: { userId: caller.user.id, ...(caller.sessionId ? { id: { not: caller.sessionId } } : {}) } });
  await db.accountToken.deleteMany({ where: { userId: caller.user.id, kind: "password_reset", usedAt: null } });
  const blog = await getBlog(db);
  await enqueueMail(db, { kind: "password-changed", to: caller.user.email, ...passwordChangedMail(blog, { name: caller.user.name, signInUrl: `${ctx.origin}/admin/sign-in` }) }, ctx.now);
  return { otherSessionsEnded: count };
}

/** Ends one of one's own sessions (a lost laptop); ending another account's is NOT_FOUND. */
export async function endSession(db: Db, user: AuthUser, sessionId: string) {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId: user.id } });
  if (count === 0) throw new AppError("NOT_FOUND", "No such session.");
}
