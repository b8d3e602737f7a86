/**
 * "Forgot your password?": a single-use link by mail, expiring within the hour, whose token only
 * the mail holds (the database keeps its hash). The answer to a request is the same whether or
 * not the address has an account, and requests are throttled per address and per client.
 */
import type { Db } from "@crestwood/db";
import {
  ZPasswordResetInputSchema,
  ZPasswordResetRequestInputSchema,
  type TPasswordResetInput,
  type TPasswordResetRequestInput,
} from "@crestwood/validators";
import { AppError } from "../errors";
import { ACCOUNT_TOKEN_HOURS, consumeAccountToken, createAccountToken, findUsableAccountToken } from "../auth/account-tokens";
import { hashPassword } from "../auth/password";
import { clientRule, takeThrottle, throttleKey } from "../auth/request-throttle";
import { deleteUserSessions } from "../auth/session";
import { enqueueMail } from "../mail/outbox";
import { passwordChangedMail, passwordResetMail } from "../mail/templates";
import { getBlog } from "./blog";

export const RESET_THROTTLE = {
  perAddress: { max: 3, windowSeconds: 60 * 60 },
  perClient: { max: 10, maxUnknownAddress: 30, windowSeconds: 60 * 60 },
} as const;

export interface MailRequestContext {
  db: Db;
  clientIp: string | null;
  /** The blog's origin for links in the mail (https://blog.example). */
  origin: string;
  now?: Date;
}

export function resetLink(origin: string, token: string): string {
  return `${origin}/admin/reset-password?token=${encodeURIComponent(token)}`;
}

/** Queues a reset link for the account, if there is one that can sign in. Always answers the same. */
export async function requestPasswordReset(ctx: MailRequestContext, rawInput: TPasswordResetRequestInput): Promise<{ accepted: true }> {
  const input = ZPasswordResetRequestInputSchema.parse(rawInput);
  const now = ctx.now ?? new Date();
  const blog = await getBlog(ctx.db);
  await takeThrottle(
    ctx.db,
    [
      { key: throttleKey("reset-email", input.email, blog.secret), ...RESET_THROTTLE.perAddress },
      clientRule("reset-ip", ctx.clientIp, blog.secret, RESET_THROTTLE.perClient),
    ],
    "Too many reset requests. Wait a while and try again.",
    now,
  );
  const user = await ctx.db.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, email: true, passwordHash: true } });
  // Accounts that cannot sign in (imported authors) get a link only from the owner.
  if (user?.passwordHash) {
    const token = await createAccountToken(ctx.db, { kind: "password_reset", userId: user.id, hours: ACCOUNT_TOKEN_HOURS.password_reset }, now);
    const hours = ACCOUNT_TOKEN_HOURS.password_reset;
    await enqueueMail(ctx.db, { kind: "password-reset", to: user.email, ...passwordResetMail(blog, { name: user.name, url: resetLink(ctx.origin, token), hours }) }, now);
  }
  return { accepted: true };
}

/** The owner sends an author a link to choose a password (a forgotten one, or a first one). */
export async function sendPasswordResetByOwner(db: Db, owner: { name: string }, userId: string, origin: string, now = new Date()) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } });
  if (!user) throw new AppError("NOT_FOUND", "No such account.");
  const blog = await getBlog(db);
  const hours = ACCOUNT_TOKEN_HOURS.password_reset_by_owner;
  const token = await createAccountToken(db, { kind: "password_reset", userId: user.id, hours }, now);
  await enqueueMail(db, { kind: "password-reset", to: user.email, ...passwordResetMail(blog, { name: user.name, url: resetLink(origin, token), hours, sentBy: owner.name }) }, now);
  return { email: user.email };
}

/** Whether a reset link can still be used (the page shows the form, or says the link is spent). */
export async function checkPasswordResetToken(db: Db, token: string, now = new Date()) {
  const row = await findUsableAccountToken(db, "password_reset", token, now);
  return { usable: row !== null };
}

/**
 * Sets the new password with the link's token, once. Every session of the account ends (whoever
 * had the old password is out), the other reset links die, and the account gets a notice.
 */
export async function resetPassword(ctx: { db: Db; origin: string; now?: Date }, rawInput: TPasswordResetInput) {
  const input = ZPasswordResetInputSchema.parse(rawInput);
  const now = ctx.now ?? new Date();
  const { db } = ctx;
  // Hash first: the token is consumed only if everything else can follow.
  const passwordHash = await hashPassword(input.password);
  const token = await consumeAccountToken(db, "password_reset", input.token, now);
  if (!token) throw new AppError("INVALID_INPUT", "This reset link has expired or was already used. Ask for a new one.", { field: "token" });
  const user = await db.user.update({ where: { id: token.userId }, data: { passwordHash }, select: { id: true, name: true, email: true } });
  await deleteUserSessions(db, user.id);
  await db.accountToken.deleteMany({ where: { userId: user.id, kind: "password_reset", usedAt: null } });
  const blog = await getBlog(db);
  await enqueueMail(db, { kind: "password-changed", to: user.email, ...passwordChangedMail(blog, { name: user.name, signInUrl: `${ctx.origin}/admin/sign-in` }) }, now);
  return { email: user.email };
}
