/**
 * Following the blog by e-mail: a reader subscribes (double opt-in: nothing is sent but the
 * confirmation until they click it), gets new posts per post or as a daily digest, and leaves
 * with one click (List-Unsubscribe / List-Unsubscribe-Post, RFC 8058). The owner sees the list
 * and exports it as CSV.
 */
import type { Db, Prisma } from "@crestwood/db";
import { FOLLOWERS_PAGE_SIZE, ZFollowInputSchema, ZFollowerListInputSchema, type TFollowInput, type TFollowerListInput } from "@crestwood/validators";
import { AppError } from "../errors";
import { readSignedLink, signLink } from "../auth/signed-link";
import { clientRule, takeThrottle, throttleKey } from "../auth/request-throttle";
import { formatPostPath } from "../urls";
import { enqueueMail } from "../mail/outbox";
import { digestMail, followConfirmMail, type DigestPost } from "../mail/templates";
import type { MailRequestContext } from "./password-reset";
import { BLOG_ID, getBlog } from "./blog";
import { oneClickUnsubscribeHeaders } from "./comment-notifications";
import { visiblePostWhere } from "./posts";

export const FOLLOW_THROTTLE = {
  perAddress: { max: 3, windowSeconds: 60 * 60 },
  perClient: { max: 10, maxUnknownAddress: 30, windowSeconds: 60 * 60 },
} as const;
/** How long the confirmation link works. */
export const FOLLOW_CONFIRM_DAYS = 7;
/** A daily digest goes out at most this often. */
export const DAILY_DIGEST_MS = 24 * 60 * 60 * 1000;

export function followConfirmLink(origin: string, secret: string, subscriberId: string, now = new Date()): string {
  const token = signLink(secret, "follow-confirm", [subscriberId], new Date(now.getTime() + FOLLOW_CONFIRM_DAYS * 86_400_000));
  return `${origin}/follow/confirm?token=${encodeURIComponent(token)}`;
}

export function followUnsubscribeLink(origin: string, secret: string, subscriberId: string): string {
  return `${origin}/follow/unsubscribe?token=${encodeURIComponent(signLink(secret, "follow-unsubscribe", [subscriberId], null))}`;
}

/**
 * Asks to follow: a confirmation mail goes to the address (again, if asked again before
 * confirming). The answer is the same whatever the address's state, so the list stays private.
 */
export async function requestFollow(ctx: MailRequestContext, rawInput: TFollowInput): Promise<{ accepted: true }> {
  const input = ZFollowInputSchema.parse(rawInput);
  const now = ctx.now ?? new Date();
  const { db } = ctx;
  const blog = await getBlog(db);
  await takeThrottle(
    db,
    [
      { key: throttleKey("follow-email", input.email, blog.secret), ...FOLLOW_THROTTLE.perAddress },
      clientRule("follow-ip", ctx.clientIp, blog.secret, FOLLOW_THROTTLE.perClient),
    ],
    "Too many requests to follow. Wait a while and try again.",
    now,
  );
  const existing = await db.subscriber.findUnique({ where: { email: input.email }, select: { id: true, status: true } });
  if (existing?.status === "confirmed") return { accepted: true };
  const subscriber = existing
    ? await db.subscriber.update({ where: { id: existing.id }, data: { status: "pending", confirmSentAt: now }, select: { id: true } })
    : await db.subscriber.create({ data: { email: input.email, status: "pending", createdAt: now, confirmSentAt: now }, select: { id: true } });
  await enqueueMail(db, { kind: "follow-confirm", to: input.email, ...followConfirmMail(blog, { url: followConfirmLink(ctx.origin, blog.secret, subscriber.id, now) }) }, now);
  return { accepted: true };
}

async function subscriberFromLink(db: Db, purpose: "follow-confirm" | "follow-unsubscribe", token: string, now: Date) {
  const blog = await getBlog(db);
  const check = readSignedLink(blog.secret, purpose, token, 1, now);
  if (!check.ok) {
    throw new AppError("INVALID_INPUT", check.reason === "expired" ? "This confirmation link has expired: ask to follow again." : "This link is not valid.", { field: "token" });
  }
  return db.subscriber.findUnique({ where: { id: check.fields[0] ?? "" }, select: { id: true, email: true, status: true } });
}

/** What a confirm or unsubscribe link is about, for its page (a GET changes nothing). */
export async function readFollowLink(db: Db, purpose: "follow-confirm" | "follow-unsubscribe", token: string, now = new Date()) {
  const subscriber = await subscriberFromLink(db, purpose, token, now);
  return { status: subscriber?.status ?? ("unsubscribed" as const) };
}

export async function confirmFollow(db: Db, token: string, now = new Date()) {
  const subscriber = await subscriberFromLink(db, "follow-confirm", token, now);
  if (!subscriber) throw new AppError("NOT_FOUND", "This subscription was removed: ask to follow again.");
  if (subscriber.status !== "confirmed") {
    await db.subscriber.update({ where: { id: subscriber.id }, data: { status: "confirmed", confirmedAt: now, unsubscribedAt: null } });
  }
  // Followers get posts from now on, never the blog's whole past.
  await db.blog.updateMany({ where: { id: BLOG_ID, digestCursor: null }, data: { digestCursor: now } });
  return { status: "confirmed" as const };
}

/** One click (the page's button, or a mail client's List-Unsubscribe-Post): no more mail. */
export async function unsubscribeFollower(db: Db, token: string, now = new Date()) {
  const subscriber = await subscriberFromLink(db, "follow-unsubscribe", token, now);
  if (subscriber && subscriber.status !== "unsubscribed") {
    await db.subscriber.update({ where: { id: subscriber.id }, data: { status: "unsubscribed", unsubscribedAt: now } });
  }
  return { status: "unsubscribed" as const };
}

export async function listFollowers(db: Db, rawInput: TFollowerListInput) {
  const input = ZFollowerListInputSchema.parse(rawInput);
  const where: Prisma.SubscriberWhereInput = input.status ? { status: input.status } : {};
  const [total, rows, counts] = await Promise.all([
    db.subscriber.count({ where }),
    db.subscriber.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (input.page - 1) * FOLLOWERS_PAGE_SIZE, take: FOLLOWERS_PAGE_SIZE }),
    db.subscriber.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return {
    followers: rows,
    total,
    counts: Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<Record<"pending" | "confirmed" | "unsubscribed", number>>,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / FOLLOWERS_PAGE_SIZE)),
  };
}

function csvCell(value: string): string {
  // Quoted always; a leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Every follower as CSV (RFC 4180, CRLF lines), for a spreadsheet or another mailing tool. */
export async function followersCsv(db: Db): Promise<string> {
  const rows = await db.subscriber.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const lines = [["email", "status", "subscribed_at", "confirmed_at", "unsubscribed_at"].join(",")];
  for (const row of rows) {
    lines.push([row.email, row.status, row.createdAt.toISOString(), row.confirmedAt?.toISOString() ?? "", row.unsubscribedAt?.toISOString() ?? ""].map(csvCell).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

export async function removeFollower(db: Db, id: string) {
  const { count } = await db.subscriber.deleteMany({ where: { id } });
  if (count === 0) throw new AppError("NOT_FOUND", "No such follower.");
}

async function mailFollowers(db: Db, posts: DigestPost[], origin: string, now: Date) {
  const blog = await getBlog(db);
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.subscriber.findMany({ where: { status: "confirmed" }, orderBy: { id: "asc" }, take: 500, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}), select: { id: true, email: true } });
    if (batch.length === 0) return;
    for (const subscriber of batch) {
      const unsubscribeUrl = followUnsubscribeLink(origin, blog.secret, subscriber.id);
      await enqueueMail(
        db,
        { kind: "follow-digest", to: subscriber.email, ...digestMail(blog, { posts, unsubscribeUrl }), headers: oneClickUnsubscribeHeaders(unsubscribeUrl) },
        now,
      );
    }
    cursor = batch.at(-1)?.id;
  }
}

/**
 * The background step: mails followers the posts that appeared since the last mail (scheduled
 * ones too, once their time has come). The blog's cursor is moved with a conditional update
 * before anything is queued, so with several instances one of them queues each mail.
 */
export async function queueFollowerMail(db: Db, origin: string, now = new Date()) {
  const blog = await getBlog(db);
  if (!blog.digestCursor) {
    await db.blog.updateMany({ where: { id: BLOG_ID, digestCursor: null }, data: { digestCursor: now } });
    return { mailed: 0 };
  }
  const since = blog.digestCursor;
  if (blog.digestFrequency === "daily" && now.getTime() - since.getTime() < DAILY_DIGEST_MS) return { mailed: 0 };
  const posts = await db.post.findMany({
    where: { ...visiblePostWhere(now, "post"), publishedAt: { gt: since, lte: now } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    take: blog.digestFrequency === "daily" ? 50 : 10,
    select: { id: true, title: true, slug: true, kind: true, excerpt: true, publishedAt: true },
  });
  if (posts.length === 0) return { mailed: 0 };
  const digestPost = (post: (typeof posts)[number]): DigestPost => ({
    title: post.title,
    url: `${origin}${formatPostPath({ slug: post.slug, kind: post.kind, publishedAt: post.publishedAt ?? now }, blog.timezone)}`,
    excerpt: post.excerpt.length > 280 ? `${post.excerpt.slice(0, 279)}…` : post.excerpt,
  });
  const groups = blog.digestFrequency === "daily" ? [posts] : posts.map((post) => [post]);
  let mailed = 0;
  let cursor = since;
  for (const group of groups) {
    const last = group.at(-1);
    const next = blog.digestFrequency === "daily" ? now : (last?.publishedAt ?? now);
    const { count } = await db.blog.updateMany({ where: { id: BLOG_ID, digestCursor: cursor }, data: { digestCursor: next } });
    if (count !== 1) return { mailed };
    cursor = next;
    await mailFollowers(db, group.map(digestPost), origin, now);
    mailed += group.length;
  }
  return { mailed };
}
