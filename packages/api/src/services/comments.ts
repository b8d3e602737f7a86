import { createHash } from "node:crypto";
import type { Db, Prisma } from "@crestwood/db";
import type { TCommentCreateInput } from "@crestwood/validators";
import { ZCommentCreateInputSchema } from "@crestwood/validators";
import { AppError } from "../errors";
import { commentTextToHtml, sanitizeCommentHtml } from "../content/sanitize";
import { backgroundMailOrigin } from "../mail/sender";
import { getBlog } from "./blog";
import { notifyNewComment, notifyReply } from "./comment-notifications";
import { findVisiblePost, visiblePostWhere } from "./posts";

/** Flood control: at most this many comments from one address per window. */
export const COMMENT_FLOOD = { max: 5, windowSeconds: 60 } as const;

export async function listPublishedComments(db: Db, postId: string) {
  const rows = await db.comment.findMany({
    where: { postId, status: "published" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
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

function hashIp(ip: string, secret: string): string {
  return createHash("sha256").update(`${secret}:${ip}`).digest("hex");
}

export interface CreateCommentContext {
  db: Db;
  clientIp: string | null;
  /** The blog's origin, for links in the notices this comment sends; the background origin by default. */
  origin?: string;
  now?: Date;
}

/** A reader's comment: published at once or held for moderation, as the blog's policy says. */
export async function createComment(ctx: CreateCommentContext, rawInput: TCommentCreateInput) {
  const input = ZCommentCreateInputSchema.parse(rawInput);
  const now = ctx.now ?? new Date();
  const { db } = ctx;
  const blog = await getBlog(db);
  const post = await findVisiblePost(db, input.postId, now);
  const postId = post.id;
  if (blog.commentPolicy === "closed") {
    throw new AppError("COMMENTS_CLOSED", "Comments are closed on this blog.");
  }
  if (input.parentId) {
    const parent = await db.comment.findFirst({
      where: { id: input.parentId, postId, status: "published" },
      select: { id: true },
    });
    if (!parent) throw new AppError("INVALID_INPUT", "The comment you are replying to does not exist.");
  }

  const ipHash = ctx.clientIp ? hashIp(ctx.clientIp, blog.secret) : null;
  if (ipHash) {
    const recent = await db.comment.count({
      where: { ipHash, createdAt: { gt: new Date(now.getTime() - COMMENT_FLOOD.windowSeconds * 1000) } },
    });
    if (recent >= COMMENT_FLOOD.max) {
      throw new AppError("TOO_MANY_REQUESTS", "Too many comments in a short time: wait a minute and try again.", {
        retryAfter: COMMENT_FLOOD.windowSeconds,
      });
    }
  }

  const comment = await db.comment.create({
    data: {
      postId,
      parentId: input.parentId ?? null,
      authorName: input.authorName,
      authorUrl: input.authorUrl ?? null,
      bodyHtml: commentTextToHtml(input.body),
      status: blog.commentPolicy === "moderated" ? "pending" : "published",
      ipHash,
      email: input.email ?? null,
      notifyReplies: Boolean(input.notifyReplies && input.email),
      createdAt: now,
    },
    select: { id: true, status: true },
  });
  const origin = ctx.origin ?? backgroundMailOrigin();
  await notifyNewComment(db, comment.id, origin, now);
  if (comment.status === "published") await notifyReply(db, comment.id, origin, now);
  // Where the reader goes next (the post's address), so a form that posted the id needs no lookup.
  return { ...comment, postPath: post.path };
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
