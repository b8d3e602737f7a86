import { Prisma, type Db, type Role } from "@crestwood/db";
import {
  ZSetupInputSchema,
  ZSignInInputSchema,
  ZUserCreateInputSchema,
  ZUserUpdateInputSchema,
  type TUserUpdateInput,
  type TSetupInput,
  type TSignInInput,
  type TUserCreateInput,
} from "@crestwood/validators";
import { AppError } from "../errors";
import { withChanges } from "../changes/announce";
import type { AuthUser } from "../auth/caller";
import { hashPassword, verifyPassword } from "../auth/password";
import { createSession, hashToken } from "../auth/session";
import { beginSignInAttempt } from "../auth/sign-in-throttle";
import { familiarity, rememberDevice } from "../auth/known-devices";
import { hashClientAddress } from "../auth/client-address";
import { getBlog } from "./blog";

const authUserSelect = { id: true, email: true, name: true, role: true } as const;

/** A fresh blog has no owner yet: /admin then offers the one-time setup. */
export async function isSetupNeeded(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { role: "owner" } })) === 0;
}

function emailTaken(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Makes the blog's owner, once, for the holder of a setup link (services/setup-link.ts). An
 * account that exists without a password (an imported author) with the same email becomes the
 * owner; one that can already sign in is refused. Every setup link dies with it.
 */
export async function setupOwner(db: Db, rawInput: TSetupInput, now = new Date()): Promise<AuthUser> {
  const input = ZSetupInputSchema.parse(rawInput);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if ((await tx.user.count({ where: { role: "owner" } })) > 0) {
      throw new AppError("FORBIDDEN", "This blog already has an owner: sign in instead.");
    }
    const link = await tx.setupToken.findUnique({ where: { tokenHash: hashToken(input.setupToken) }, select: { expiresAt: true } });
    if (!link || link.expiresAt <= now) {
      throw new AppError("FORBIDDEN", "This setup link is not valid, already used or too old: print a new one with `pnpm crestwood setup-link` on the server.", { field: "setupToken" });
    }
    await tx.setupToken.deleteMany({});
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { passwordHash: true } });
    if (existing?.passwordHash) {
      throw new AppError("ALREADY_EXISTS", "An account with that email already exists.", { field: "email" });
    }
    return tx.user.upsert({
      where: { email: input.email },
      update: { name: input.name, passwordHash, role: "owner" },
      create: { email: input.email, name: input.name, passwordHash, role: "owner" },
      select: authUserSelect,
    });
  });
}

export async function createUser(db: Db, rawInput: TUserCreateInput): Promise<AuthUser> {
  const input = ZUserCreateInputSchema.parse(rawInput);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, passwordHash, role: input.role },
      select: authUserSelect,
    });
  } catch (error) {
    if (emailTaken(error)) throw new AppError("ALREADY_EXISTS", "An account with that email already exists.", { field: "email" });
    throw error;
  }
}

export async function listUsers(db: Db) {
  return db.user.findMany({
    select: { ...authUserSelect, createdAt: true, passwordHash: true, _count: { select: { posts: true } } },
    orderBy: [{ role: "desc" }, { name: "asc" }],
  }).then((users) =>
    users.map(({ passwordHash, _count, ...user }) => ({ ...user, canSignIn: passwordHash !== null, postCount: _count.posts })),
  );
}

/**
 * The owner changes an account's name and role. The blog keeps at least one owner: the last one
 * cannot be made an author.
 */
export async function updateUser(db: Db, rawInput: TUserUpdateInput): Promise<AuthUser> {
  const input = ZUserUpdateInputSchema.parse(rawInput);
  return withChanges(
    db,
    async (tx, announce) => {
      const user = await tx.user.findUnique({ where: { id: input.id }, select: { role: true, name: true } });
      if (!user) throw new AppError("NOT_FOUND", "No such account.");
      if (user.role === "owner" && input.role !== "owner" && (await tx.user.count({ where: { role: "owner", id: { not: input.id } } })) === 0) {
        throw new AppError("FORBIDDEN", "The blog's last owner cannot become an author: make someone else an owner first.", { field: "role" });
      }
      // The name is on their posts' bylines; the role changes which profile the sidebar shows.
      if (user.name !== input.name || user.role !== input.role) announce({ type: "author.changed", userId: input.id });
      return tx.user.update({ where: { id: input.id }, data: { name: input.name, role: input.role }, select: authUserSelect });
    },
    { isolationLevel: "Serializable" },
  );
}

/**
 * Removes an account: its sessions, devices and tokens end with it, its posts stay (without a
 * byline). Owners may remove other owners, never the last one, and not themselves (another owner
 * does that). Checked and done in one serializable transaction, so two owners removing each other
 * at once cannot leave the blog with none.
 */
export async function deleteUser(db: Db, actor: AuthUser, id: string) {
  if (id === actor.id) throw new AppError("FORBIDDEN", "You cannot remove your own account: another owner can.");
  await withChanges(
    db,
    async (tx, announce) => {
      const user = await tx.user.findUnique({ where: { id }, select: { role: true } });
      if (!user) throw new AppError("NOT_FOUND", "No such account.");
      if (user.role === "owner" && (await tx.user.count({ where: { role: "owner", id: { not: id } } })) === 0) {
        throw new AppError("FORBIDDEN", "The blog's last owner cannot be removed.");
      }
      const bylines = await tx.post.count({ where: { authorId: id } });
      await tx.user.delete({ where: { id } });
      // Their posts stay, without their name on them; an owner's profile may be the sidebar's.
      if (bylines > 0 || user.role === "owner") announce({ type: "author.changed", userId: id });
    },
    { isolationLevel: "Serializable" },
  );
}

/** Makes an account an owner or an author; the last owner stays an owner. */
export async function setUserRole(db: Db, id: string, role: Role): Promise<AuthUser> {
  return withChanges(
    db,
    async (tx, announce) => {
      const user = await tx.user.findUnique({ where: { id }, select: { role: true } });
      if (!user) throw new AppError("NOT_FOUND", "No such account.");
      if (user.role === "owner" && role !== "owner" && (await tx.user.count({ where: { role: "owner", id: { not: id } } })) === 0) {
        throw new AppError("FORBIDDEN", "The blog's last owner cannot become an author: make someone else an owner first.");
      }
      // Which owner's profile the sidebar shows (services/profile.ts) follows the roles.
      if (user.role !== role) announce({ type: "author.changed", userId: id });
      return tx.user.update({ where: { id }, data: { role }, select: authUserSelect });
    },
    { isolationLevel: "Serializable" },
  );
}

export interface SignInContext {
  db: Db;
  clientIp: string | null;
  /** The browser's User-Agent, naming the session on the account page. */
  userAgent?: string | null;
  /** The browser's known-device cookie (auth/known-devices.ts), if it sent one. */
  deviceToken?: string | null;
  now?: Date;
}

/**
 * Checks a password and opens a new session (a new token on every sign-in). Attempts are counted
 * and throttled before the password is checked (see sign-in-throttle.ts); the message never says
 * which part was wrong. A successful sign-in renews the browser's known-device cookie.
 */
export async function signIn(ctx: SignInContext, rawInput: TSignInInput) {
  const input = ZSignInInputSchema.parse(rawInput);
  const { db, clientIp } = ctx;
  const now = ctx.now ?? new Date();
  const { secret } = await getBlog(db);
  const user = await db.user.findUnique({ where: { email: input.email }, select: { ...authUserSelect, passwordHash: true } });
  const client = { deviceToken: ctx.deviceToken ?? null, ipHash: clientIp ? hashClientAddress(clientIp, secret) : null };
  const attempt = await beginSignInAttempt(db, { email: input.email, ipHash: client.ipHash, secret, familiarity: await familiarity(db, user?.id ?? null, client, now) }, now);
  if (!(await verifyPassword(user?.passwordHash ?? null, input.password)) || !user) {
    throw new AppError("UNAUTHORIZED", "Wrong email or password.");
  }
  await attempt.succeeded();
  const session = await createSession(db, user.id, now, ctx.userAgent);
  const device = await rememberDevice(db, user.id, client, now);
  const { passwordHash: _hash, ...authUser } = user;
  return { user: authUser, ...session, device };
}
