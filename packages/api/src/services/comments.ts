import { hitRateLimit, Prisma, type Blog, type CommentStatus, type Db } from "@crestwood/db";
import type { TCommentCreateInput } from "@crestwood/validators";
import { COMMENT_SPAM_RULES, ZCommentCreateInputSchema } from "@crestwood/validators";
import { readFormToken } from "../spam/form-token";
import { countLinks, dedupeKey, findBlocklisted, parseBlocklist } from "../spam/signals";
import { AkismetSpamCheck, type SpamCheck } from "../spam/spam-check";
import { AppError } from "../errors";
import { withChanges } from "../changes/announce";
import { hashClientAddress } from "../auth/client-address";
import { commentTextToHtml, sanitizeCommentHtml } from "../content/sanitize";
import { backgroundMailOrigin } from "../mail/sender";
import { getBlog } from "./blog";
import { notifyNewComment, notifyReply } from "./comment-notifications";
import { findVisiblePost, visiblePostWhere } from "./posts";

/**
 * Flood control: at most `max` comments per address per window, counted atomically (one
 * conditional write, so batches and parallel requests cannot slip past). When the address is
 * unknown (the app not behind Crestwood's server), all such commenters share one counter with a
 * higher limit instead of going unchecked.
 */
export const COMMENT_FLOOD = { max: 5, maxUnknownAddress: 20, windowSeconds: 60 } as const;

/** How many comments a post page shows at a time, as Blogger does. */
export const COMMENTS_PER_PAGE = 200;

export async function listPublishedComments(db: Db, postId: string, range: { skip?: number; take?: number } = {}) {
  const rows = await db.comment.findMany({
    where: { postId, status: "published" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: range.skip,
    take: range.take,
    select: {
      id: true,
      parentId: true,
      authorName: true,
      authorUrl: true,
      bodyHtml: true,
      createdAt: true,
      userId: true,
    },
  });
  return rows.map(({ userId, bodyHtml, ...comment }) => ({ ...comment, bodyHtml: sanitizeCommentHtml(bodyHtml), byAuthor: userId !== null }));
}
export type ReaderComment = Awaited<ReturnType<typeof listPublishedComments>>[number];

/**
 * One page of a post's published comments, oldest first: a post with thousands of comments costs
 * its readers (and the server) one page of them. A reply whose comment is on an earlier page is
 * shown at the top level.
 */
export async function listCommentPage(db: Db, postId: string, page: number, replyToId?: string) {
  const [total, replyTo] = await Promise.all([
    db.comment.count({ where: { postId, status: "published" } }),
    replyToId ? db.comment.findFirst({ where: { id: replyToId, postId, status: "published" }, select: { id: true, authorName: true } }) : null,
  ]);
  const pageCount = Math.max(1, Math.ceil(total / COMMENTS_PER_PAGE));
  if (page > pageCount) throw new AppError("NOT_FOUND", `This post has ${pageCount} page(s) of comments.`);
  const comments = await listPublishedComments(db, postId, { skip: (page - 1) * COMMENTS_PER_PAGE, take: COMMENTS_PER_PAGE });
  return { comments, total, page, pageCount, pageSize: COMMENTS_PER_PAGE, first: total === 0 ? 0 : (page - 1) * COMMENTS_PER_PAGE + 1, replyTo };
}
export type CommentPage = Awaited<ReturnType<typeof listCommentPage>>;

export interface CreateCommentContext {
  db: Db;
  clientIp: string | null;
  /** True for callers with an API token: scripts need no form token (they have no form). */
  trustedCaller?: boolean;
  /** What the request tells an outside spam check (Akismet) about the commenter. */
  request?: { origin: string; userAgent: string | null; referrer: string | null };
  /** The spam check to ask; default: Akismet when the blog has a key, else none. */
  spamCheck?: SpamCheck | null;
  now?: Date;
}

let warnedUnknownAddress = false;

/** A sentence for the form-token field: the form comes back with a fresh token and the reader's text. */
function checkFormToken(secret: string, token: string | undefined, now: Date) {
  const check = readFormToken(secret, token, now.getTime());
  if (!check.valid || check.ageSeconds > COMMENT_SPAM_RULES.maxFormAgeSeconds) {
    throw new AppError("INVALID_INPUT", "This comment form has expired or did not come from this blog: check your comment and send it again.", { field: "formToken" });
  }
  if (check.ageSeconds < COMMENT_SPAM_RULES.minFillSeconds) {
    throw new AppError("INVALID_INPUT", "That was quick: check your comment and send it again.", { field: "formToken" });
  }
}

async function holdOrPublish(
  ctx: CreateCommentContext,
  blog: Blog,
  input: { authorName: string; authorUrl?: string; body: string; postPermalink: string },
  now: Date,
): Promise<CommentStatus> {
  if (blog.commentPolicy === "moderated") return "pending";
  if (countLinks(input.body) > blog.commentMaxLinks) return "pending";
  if (findBlocklisted(parseBlocklist(blog.commentBlocklist), [input.authorName, input.authorUrl, input.body])) return "pending";
  const spamCheck = ctx.spamCheck !== undefined ? ctx.spamCheck : blog.akismetKey ? new AkismetSpamCheck({ apiKey: blog.akismetKey }) : null;
  if (spamCheck && ctx.request) {
    const verdict = await spamCheck.check({
      blogUrl: ctx.request.origin,
      permalink: `${ctx.request.origin}${input.postPermalink}`,
      language: blog.language,
      clientIp: ctx.clientIp,
      userAgent: ctx.request.userAgent,
      referrer: ctx.request.referrer,
      authorName: input.authorName,
      authorUrl: input.authorUrl ?? null,
      body: input.body,
      createdAt: now,
    });
    if (verdict === "spam") return "spam";
  }
  return "published";
}

/**
 * A reader's comment: published at once, held for moderation (the blog's policy, too many links,
 * a blocklisted word) or filed as spam (the spam check), after the checks that refuse it outright:
 * a filled-in honeypot, a form sent too fast or not from this blog, a flood from one address, the
 * same comment twice. Spam is reported to the commenter as held, never as spam.
 */
export async function createComment(ctx: CreateCommentContext, rawInput: TCommentCreateInput) {
  const input = ZCommentCreateInputSchema.parse(rawInput);
  const now = ctx.now ?? new Date();
  const { db } = ctx;
  const blog = await getBlog(db);
  const post = await findVisiblePost(db, input.postId, now);
  if (blog.commentPolicy === "closed") {
    throw new AppError("COMMENTS_CLOSED", "Comments are closed on this blog.");
  }
  if (input.parentId) {
    const parent = await db.comment.findFirst({
      where: { id: input.parentId, postId: post.id, status: "published" },
      select: { id: true },
    });
    if (!parent) throw new AppError("INVALID_INPUT", "The comment you are replying to does not exist.", { field: "parentId" });
  }
  if (!ctx.trustedCaller) checkFormToken(blog.secret, input.formToken, now);

  const ipHash = ctx.clientIp ? hashClientAddress(ctx.clientIp, blog.secret) : null;
  if (!ipHash && !warnedUnknownAddress) {
    warnedUnknownAddress = true;
    console.warn("[comments] The client's address is unknown (run the app with Crestwood's server, apps/web/server): flood control counts all such commenters together.");
  }
  const flood = await hitRateLimit(
    db,
    { key: `comment:address:${ipHash ?? "unknown"}`, max: ipHash ? COMMENT_FLOOD.max : COMMENT_FLOOD.maxUnknownAddress, windowMs: COMMENT_FLOOD.windowSeconds * 1000 },
    now.getTime(),
  );
  if (!flood.allowed) {
    throw new AppError("TOO_MANY_REQUESTS", "Too many comments in a short time: wait a minute and try again.", { retryAfter: flood.retryAfterSeconds });
  }

  const status = await holdOrPublish(ctx, blog, { ...input, postPermalink: post.path }, now);
  let comment: { id: string; status: CommentStatus };
  try {
    comment = await withChanges(db, async (tx, announce) => {
      const created = await tx.comment.create({
        data: {
          postId: post.id,
          parentId: input.parentId ?? null,
          authorName: input.authorName,
          authorUrl: input.authorUrl ?? null,
          bodyHtml: commentTextToHtml(input.body),
          status,
          ipHash,
          dedupeKey: dedupeKey(input.authorName, input.body),
          email: input.email ?? null,
          notifyReplies: Boolean(input.notifyReplies && input.email),
          createdAt: now,
        },
        select: { id: true, status: true },
      });
      // A comment held for moderation (or as spam) changes nothing readers see until it is approved.
      if (created.status === "published") announce({ type: "comment.changed", postId: post.id });
      return created;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("ALREADY_EXISTS", "You already posted this comment here.", { field: "body" });
    }
    throw error;
  }
  // Notices are queued outbox rows (sent by the background worker, never from the request); spam
  // is never announced, replies only once published.
  const origin = ctx.request?.origin ?? backgroundMailOrigin();
  await notifyNewComment(db, comment.id, origin, now);
  if (comment.status === "published") await notifyReply(db, comment.id, origin, now);
  // Where the reader goes next (the post's address), so a form that posted the id needs no lookup.
  return { id: comment.id, status: comment.status === "spam" ? ("pending" as const) : comment.status, postPath: post.path };
}

/**
 * The newest published comments on visible posts (of one post, or of the whole blog), with what a
 * feed entry needs of their post.
 */
export async function listRecentComments(db: Db, options: { postId?: string; limit: number; olderThan?: { at: Date; id?: string } }, now = new Date()) {
  const cursor = options.olderThan;
  // Keyset on (createdAt, id), like the post lists: comments written in the same second page once each.
  const beyond: Prisma.CommentWhereInput = cursor
    ? { OR: [{ createdAt: { lt: cursor.at } }, ...(cursor.id ? [{ createdAt: cursor.at, id: { lt: cursor.id } }] : [])] }
    : {};
  const found = await db.comment.findMany({
    where: { status: "published", postId: options.postId, post: visiblePostWhere(now), ...beyond },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit + 1,
    select: {
      id: true,
      authorName: true,
      authorUrl: true,
      bodyHtml: true,
      createdAt: true,
      post: { select: { id: true, title: true, slug: true, kind: true, publishedAt: true, createdAt: true } },
    },
  });
  const rows = found.slice(0, options.limit);
  const last = rows.at(-1);
  return {
    comments: rows.map(({ bodyHtml, ...comment }) => ({ ...comment, bodyHtml: sanitizeCommentHtml(bodyHtml) })),
    older: found.length > options.limit && last ? { at: last.createdAt, id: last.id } : null,
  };
}
