import { Prisma, type Db } from "@crestwood/db";
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
import type { AuthUser } from "../auth/caller";
import { hashPassword, verifyPassword } from "../auth/password";
import { createSession } from "../auth/session";
import { assertSignInAllowed, clearFailedSignIns, recordFailedSignIn } from "../auth/sign-in-throttle";
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
 * Makes the blog's owner, once. An account that exists without a password (an imported author)
 * with the same email becomes the owner; one that can already sign in is refused.
 */
export async function setupOwner(db: Db, rawInput: TSetupInput): Promise<AuthUser> {
  const input = ZSetupInputSchema.parse(rawInput);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if ((await tx.user.count({ where: { role: "owner" } })) > 0) {
      throw new AppError("FORBIDDEN", "This blog already has an owner: sign in instead.");
    }
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
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.id }, select: { role: true } });
    if (!user) throw new AppError("NOT_FOUND", "No such account.");
    if (user.role === "owner" && input.role !== "owner" && (await tx.user.count({ where: { role: "owner" } })) <= 1) {
      throw new AppError("FORBIDDEN", "The blog needs an owner: make someone else owner first.", { field: "role" });
    }
    return tx.user.update({ where: { id: input.id }, data: { name: input.name, role: input.role }, select: authUserSelect });
  });
}

/** Removes an author: their sessions end, their posts stay (without a byline). The owner stays. */
export async function deleteUser(db: Db, actor: AuthUser, id: string) {
  const user = await db.user.findUnique({ where: { id }, select: { id: true, role: true } });
  if (!user) throw new AppError("NOT_FOUND", "No such account.");
  if (user.id === actor.id || user.role === "owner") throw new AppError("FORBIDDEN", "The owner's account cannot be removed.");
  await db.user.delete({ where: { id } });
}

export interface SignInContext {
  db: Db;
  clientIp: string | null;
  /** The browser's User-Agent, naming the session on the account page. */
  userAgent?: string | null;
  now?: Date;
}

/**
 * Checks a password and opens a new session (a new token on every sign-in). Failures are
 * counted and throttled (see sign-in-throttle.ts); the message never says which part was wrong.
 */
export async function signIn(ctx: SignInContext, rawInput: TSignInInput) {
  const input = ZSignInInputSchema.parse(rawInput);
  const { db, clientIp } = ctx;
  const now = ctx.now ?? new Date();
  const { secret } = await getBlog(db);
  const target = { email: input.email, clientIp, secret };
  await assertSignInAllowed(db, target, now);
  const user = await db.user.findUnique({ where: { email: input.email }, select: { ...authUserSelect, passwordHash: true } });
  if (!(await verifyPassword(user?.passwordHash ?? null, input.password)) || !user) {
    await recordFailedSignIn(db, target, now);
    throw new AppError("UNAUTHORIZED", "Wrong email or password.");
  }
  await clearFailedSignIns(db, target);
  const session = await createSession(db, user.id, now, ctx.userAgent);
  const { passwordHash: _hash, ...authUser } = user;
  return { user: authUser, ...session };
}
