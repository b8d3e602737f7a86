// Test data factories: each test makes exactly the rows it reads, with unique names.
import { randomUUID } from "node:crypto";
import type { Db } from "@crestwood/db";
import { createCaller, createTRPCContext, SESSION_COOKIE, type SessionCookieJar } from "../src/index";
import { DEVICE_COOKIE } from "../src/auth/session-cookie";
import { createSession } from "../src/auth/session";
import { hashPassword } from "../src/auth/password";
import { createApiToken } from "../src/services/api-tokens";
import { mintFormToken } from "../src/spam/form-token";
import type { TApiTokenCreateInput } from "@crestwood/validators";

export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** A cookie jar that remembers what procedures set, as a browser would. */
export function recordingCookieJar(): SessionCookieJar & { token: string | null; expiresAt: Date | null; deviceToken: string | null } {
  return {
    token: null,
    expiresAt: null,
    deviceToken: null,
    setDevice(token) {
      this.deviceToken = token;
    },
    set(token, expiresAt) {
      this.token = token;
      this.expiresAt = expiresAt;
    },
    clear() {
      this.token = null;
      this.expiresAt = null;
    },
  };
}

export function callerFor(
  db: Db,
  options: { clientIp?: string; sessionToken?: string | null; deviceToken?: string | null; apiToken?: string; cookies?: SessionCookieJar } = {},
) {
  const cookies = [options.sessionToken ? `${SESSION_COOKIE}=${options.sessionToken}` : null, options.deviceToken ? `${DEVICE_COOKIE}=${options.deviceToken}` : null].filter(Boolean);
  const headers = new Headers(cookies.length > 0 ? { cookie: cookies.join("; ") } : {});
  if (options.apiToken !== undefined) headers.set("authorization", `Bearer ${options.apiToken}`);
  return createCaller(createTRPCContext({ db, headers, clientIp: options.clientIp ?? null, sessionCookies: options.cookies ?? recordingCookieJar() }));
}

/** A caller holding an API token minted for `user` (a script calling the API). */
export async function callerWithToken(db: Db, user: { id: string; role: "owner" | "author" }, input: Partial<TApiTokenCreateInput> = {}) {
  const { token, apiToken } = await createApiToken(db, user, { name: unique("token"), role: user.role, ...input });
  return { api: callerFor(db, { apiToken: token }), token, apiToken };
}

export const TEST_PASSWORD = "correct horse battery";

export async function makeUser(db: Db, overrides: Partial<{ role: "owner" | "author"; name: string; email: string; password: string | null }> = {}) {
  const email = overrides.email ?? `${unique("user")}@example.org`;
  const password = overrides.password === undefined ? TEST_PASSWORD : overrides.password;
  return db.user.create({
    data: {
      email,
      name: overrides.name ?? `Name of ${email}`,
      role: overrides.role ?? "author",
      passwordHash: password === null ? null : await hashPassword(password),
    },
  });
}

/** A caller signed in as `user` through a real session, as a browser with its cookie would be. */
export async function callerAs(db: Db, user: { id: string }, options: { clientIp?: string } = {}) {
  const { token } = await createSession(db, user.id);
  return callerFor(db, { ...options, sessionToken: token });
}

export async function makeBlog(db: Db, settings: Partial<{ language: "sv" | "en"; timezone: string; postsPerPage: number; commentPolicy: "open" | "moderated" | "closed" }> = {}) {
  return db.blog.upsert({ where: { id: 1 }, update: settings, create: { id: 1, title: "Testblogg", ...settings } });
}

export async function makePost(
  db: Db,
  overrides: Partial<{ title: string; slug: string; status: "draft" | "scheduled" | "published"; publishedAt: Date | null; labels: string[]; bodyHtml: string; authorId: string | null }> = {},
) {
  const slug = overrides.slug ?? unique("post");
  return db.post.create({
    data: {
      title: overrides.title ?? `Title of ${slug}`,
      slug,
      bodyHtml: overrides.bodyHtml ?? "<p>Body</p>",
      status: overrides.status ?? "published",
      authorId: overrides.authorId ?? null,
      publishedAt: overrides.publishedAt === undefined ? new Date("2020-01-01T12:00:00Z") : overrides.publishedAt,
      labels: {
        create: (overrides.labels ?? []).map((name) => ({
          label: { connectOrCreate: { where: { blogId_name: { blogId: 1, name } }, create: { name } } },
        })),
      },
    },
  });
}

/**
 * A comment form's token as the page hands it out, issued `secondsAgo` (default: long enough ago
 * for the minimum fill time), for anonymous `comment.create` calls.
 */
export async function formTokenFor(db: Db, secondsAgo = 60): Promise<string> {
  const blog = await db.blog.findUniqueOrThrow({ where: { id: 1 }, select: { secret: true } });
  return mintFormToken(blog.secret, Date.now() - secondsAgo * 1000);
}
