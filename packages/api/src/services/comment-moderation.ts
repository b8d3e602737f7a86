import type { Db, Prisma } from "@crestwood/db";
import { ZCommentAdminListInputSchema, ZCommentReplyInputSchema, type TCommentAdminListInput, type TCommentReplyInput } from "@crestwood/validators";
import { AppError } from "../errors";
import { withChanges } from "../changes/announce";
import type { AuthUser } from "../auth/caller";
import { assertCanEditPost } from "../auth/permissions";
import { formatPostPath } from "../urls";
import { commentTextToHtml, sanitizeCommentHtml } from "../content/sanitize";
import { backgroundMailOrigin } from "../mail/sender";
import { getBlog } from "./blog";
import { notifyReply } from "./comment-notifications";
import { trashComment } from "./trash";

export const MODERATION_PAGE_SIZE = 25;

/** Comments the caller may moderate: all for the owner, those on their own posts for an author. */
function moderatableWhere(user: AuthUser): Prisma.CommentWhereInput {
  return user.role === "owner" ? {} : { post: { authorId: user.id } };
}

/** The moderation queue: one status at a time, oldest pending first, newest otherwise. */
export async function listCommentsForModeration(db: Db, user: AuthUser, rawInput: TCommentAdminListInput) {
  const input = ZCommentAdminListInputSchema.parse(rawInput);
  const blog = await getBlog(db);
  const where: Prisma.CommentWhereInput = { ...moderatableWhere(user), status: input.status };
  const [total, rows, counts] = await Promise.all([
    db.comment.count({ where }),
    db.comment.findMany({
      where,
      orderBy: [{ createdAt: input.status === "pending" ? "asc" : "desc" }, { id: "asc" }],
      skip: (input.page - 1) * MODERATION_PAGE_SIZE,
      take: MODERATION_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        authorName: true,
        authorUrl: true,
        bodyHtml: true,
        createdAt: true,
        userId: true,
        parent: { select: { authorName: true } },
        post: { select: { id: true, title: true, slug: true, kind: true, publishedAt: true } },
      },
    }),
    db.comment.groupBy({ by: ["status"], where: moderatableWhere(user), _count: { _all: true } }),
  ]);
  return {
    comments: rows.map(({ post, parent, userId, bodyHtml, ...comment }) => ({
      ...comment,
      // The list holds one status, never the trash's.
      status: input.status,
      bodyHtml: sanitizeCommentHtml(bodyHtml),
      byAuthor: userId !== null,
      inReplyTo: parent?.authorName ?? null,
      post: {
        id: post.id,
        title: post.title,
        path: post.publishedAt ? formatPostPath({ slug: post.slug, kind: post.kind, publishedAt: post.publishedAt }, blog.timezone) : null,
      },
    })),
    counts: Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<Record<"pending" | "published" | "spam", number>>,
    total,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / MODERATION_PAGE_SIZE)),
  };
}

async function findModeratableComment(db: Db, user: AuthUser, id: string) {
  const comment = await db.comment.findUnique({ where: { id }, select: { id: true, postId: true, status: true, post: { select: { authorId: true } } } });
  if (!comment) throw new AppError("NOT_FOUND", "No such comment.");
  assertCanEditPost(user, comment.post);
  return comment;
}

/** Approves, holds or marks as spam. A reply that becomes visible is announced to whom it answers. */
export async function setCommentStatus(db: Db, user: AuthUser, id: string, status: "pending" | "published" | "spam", origin = backgroundMailOrigin()) {
  const before = await findModeratableComment(db, user, id);
  if (before.status === "trash") throw new AppError("NOT_FOUND", "This comment is in the trash: restore it first.");
  const updated = await withChanges(db, async (tx, announce) => {
    const row = await tx.comment.update({ where: { id }, data: { status }, select: { id: true, status: true } });
    // Readers see only published comments: moving between pending and spam changes no page.
    if (before.status === "published" || status === "published") announce({ type: "comment.changed", postId: before.postId });
    return row;
  });
  if (status === "published" && before.status !== "published") await notifyReply(db, id, origin);
  return updated;
}

/** Deleting moves the comment to the trash (services/trash.ts): restorable for 30 days. */
export async function deleteComment(db: Db, user: AuthUser, id: string) {
  await trashComment(db, user, id);
}

/**
 * The author answers a comment: published at once, threaded under it, marked as theirs (userId).
 * Answering a held comment approves it, or the answer would hang under nothing.
 */
export async function replyToComment(db: Db, user: AuthUser, rawInput: TCommentReplyInput, origin = backgroundMailOrigin()) {
  const input = ZCommentReplyInputSchema.parse(rawInput);
  const parent = await findModeratableComment(db, user, input.commentId);
  if (parent.status === "spam" || parent.status === "trash") throw new AppError("INVALID_INPUT", "Spam and comments in the trash cannot be answered.");
  const reply = await withChanges(db, async (tx, announce) => {
    await tx.comment.update({ where: { id: parent.id }, data: { status: "published" } });
    const created = await tx.comment.create({
      data: {
        postId: parent.postId,
        parentId: parent.id,
        userId: user.id,
        authorName: user.name,
        bodyHtml: commentTextToHtml(input.body),
        status: "published",
      },
      select: { id: true, status: true },
    });
    announce({ type: "comment.changed", postId: parent.postId });
    return created;
  });
  if (parent.status !== "published") await notifyReply(db, parent.id, origin);
  await notifyReply(db, reply.id, origin);
  return reply;
}
