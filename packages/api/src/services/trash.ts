/**
 * The trash: deleting a post, page or comment moves it here, restorable for 30 days, after which
 * the background worker purges it. Nothing about a trashed post changes but its visibility: a
 * restored post comes back at the same address, with its comments, labels and revisions.
 *
 * A trashed post is stored as a draft (remembering its status), so every reader query, feed,
 * search and label count already leaves it out by the rules they have; a trashed comment has the
 * status "trash", which no reader query shows.
 *
 * Every move in or out of the trash is announced (changes/), like any other write: trashing a
 * post drops it from the cached home page, feeds, archive and search; restoring brings it back.
 */
import type { Db, PostStatus, Prisma } from "@crestwood/db";
import { AppError } from "../errors";
import { withChanges, type Announce, type Tx } from "../changes/announce";
import { postChanged, readPostState } from "../changes/post-change";
import type { AuthUser } from "../auth/caller";
import { assertCanEditPost, canEditPost } from "../auth/permissions";
import { formatPostPath } from "../urls";
import { htmlToText } from "../content/sanitize";
import { assertAddressFree, recordPostAddress } from "./addresses";
import { getBlog } from "./blog";
import { addressedPost } from "./post-admin";

export const TRASH_DAYS = 30;
const DAY_MS = 86_400_000;

export function purgeDate(trashedAt: Date): Date {
  return new Date(trashedAt.getTime() + TRASH_DAYS * DAY_MS);
}

const addressFields = { id: true, slug: true, kind: true, status: true, publishedAt: true, createdAt: true, authorId: true } as const;

export async function trashPost(db: Db, user: AuthUser, id: string, now = new Date()) {
  const post = await db.post.findUnique({ where: { id }, select: { ...addressFields, trashedAt: true } });
  if (!post || post.trashedAt) throw new AppError("NOT_FOUND", "No such post.");
  assertCanEditPost(user, post);
  const blog = await getBlog(db);
  await withChanges(db, async (tx, announce) => {
    const before = await readPostState(tx, id, blog.timezone, now);
    // The address table keeps the post's address: readers get 404 while it is in the trash, the
    // post again once restored, and 410 Gone once it is purged (the row's post is then null).
    await recordPostAddress(tx, addressedPost(post), blog.timezone);
    // Conditional, so two clicks cannot overwrite the remembered status with "draft".
    const { count } = await tx.post.updateMany({ where: { id, trashedAt: null }, data: { trashedAt: now, trashedStatus: post.status, status: "draft", version: { increment: 1 } } });
    if (count !== 1) throw new AppError("NOT_FOUND", "No such post.");
    announce(postChanged(id, before, await readPostState(tx, id, blog.timezone, now)));
  });
}

export async function restorePost(db: Db, user: AuthUser, id: string, now = new Date()) {
  const post = await db.post.findUnique({ where: { id }, select: { ...addressFields, trashedAt: true, trashedStatus: true } });
  if (!post?.trashedAt) throw new AppError("NOT_FOUND", "That post is not in the trash.");
  assertCanEditPost(user, post);
  const status: PostStatus = post.trashedStatus ?? "draft";
  const blog = await getBlog(db);
  // Another post may have taken its address meanwhile: then it stays in the trash, with a reason.
  await assertAddressFree(db, addressedPost({ ...post, status }), blog.timezone);
  await withChanges(db, async (tx, announce) => {
    const before = await readPostState(tx, id, blog.timezone, now);
    const { count } = await tx.post.updateMany({ where: { id, trashedAt: { not: null } }, data: { status, trashedAt: null, trashedStatus: null, version: { increment: 1 } } });
    if (count !== 1) throw new AppError("NOT_FOUND", "That post is not in the trash.");
    announce(postChanged(id, before, await readPostState(tx, id, blog.timezone, now)));
  });
}

async function moderatableComment(db: Db, user: AuthUser, id: string) {
  const comment = await db.comment.findUnique({ where: { id }, select: { id: true, postId: true, status: true, trashedStatus: true, post: { select: { authorId: true } } } });
  if (!comment) throw new AppError("NOT_FOUND", "No such comment.");
  assertCanEditPost(user, comment.post);
  return comment;
}

export async function trashComment(db: Db, user: AuthUser, id: string, now = new Date()) {
  const comment = await moderatableComment(db, user, id);
  if (comment.status === "trash") throw new AppError("NOT_FOUND", "That comment is already in the trash.");
  await withChanges(db, async (tx, announce) => {
    const { count } = await tx.comment.updateMany({ where: { id, status: { not: "trash" } }, data: { status: "trash", trashedStatus: comment.status, trashedAt: now } });
    // Readers see only published comments: a held one leaving changes no page.
    if (count === 1 && comment.status === "published") announce({ type: "comment.changed", postId: comment.postId });
  });
}

export async function restoreComment(db: Db, user: AuthUser, id: string) {
  const comment = await moderatableComment(db, user, id);
  if (comment.status !== "trash") throw new AppError("NOT_FOUND", "That comment is not in the trash.");
  const status = comment.trashedStatus ?? "pending";
  await withChanges(db, async (tx, announce) => {
    const { count } = await tx.comment.updateMany({ where: { id, status: "trash" }, data: { status, trashedStatus: null, trashedAt: null } });
    if (count === 1 && status === "published") announce({ type: "comment.changed", postId: comment.postId });
  });
}

/**
 * Deletes trashed posts for good. None is visible, but the announcement still drops whatever a
 * cache holds for their id and addresses (410 Gone from now on).
 */
async function deleteTrashedPosts(tx: Tx, announce: Announce, where: Prisma.PostWhereInput, timeZone: string, now: Date): Promise<number> {
  const posts = await tx.post.findMany({ where: { AND: [where, { trashedAt: { not: null } }] }, select: { id: true } });
  for (const { id } of posts) {
    const before = await readPostState(tx, id, timeZone, now);
    const { count } = await tx.post.deleteMany({ where: { id, trashedAt: { not: null } } });
    if (count === 1) announce(postChanged(id, before, null));
  }
  return posts.length;
}

/** Deletes trashed comments for good: their published replies move up a level, which readers see. */
async function deleteTrashedComments(tx: Tx, announce: Announce, where: Prisma.CommentWhereInput): Promise<number> {
  const comments = await tx.comment.findMany({ where: { AND: [where, { status: "trash" }] }, select: { id: true, postId: true } });
  if (comments.length === 0) return 0;
  const { count } = await tx.comment.deleteMany({ where: { id: { in: comments.map((comment) => comment.id) }, status: "trash" } });
  for (const postId of new Set(comments.map((comment) => comment.postId))) announce({ type: "comment.changed", postId });
  return count;
}

/** Deletes for good what is in the trash now, before its 30 days are up ("Delete permanently"). */
export async function deleteFromTrash(db: Db, user: AuthUser, input: { kind: "post" | "comment"; id: string }, now = new Date()) {
  if (input.kind === "post") {
    const post = await db.post.findUnique({ where: { id: input.id }, select: { authorId: true, trashedAt: true } });
    if (!post?.trashedAt) throw new AppError("NOT_FOUND", "That post is not in the trash.");
    assertCanEditPost(user, post);
    const blog = await getBlog(db);
    await withChanges(db, (tx, announce) => deleteTrashedPosts(tx, announce, { id: input.id }, blog.timezone, now));
  } else {
    const comment = await moderatableComment(db, user, input.id);
    if (comment.status !== "trash") throw new AppError("NOT_FOUND", "That comment is not in the trash.");
    await withChanges(db, (tx, announce) => deleteTrashedComments(tx, announce, { id: input.id }));
  }
}

/** What the caller may restore: everything for the owner, their own posts and their comments for an author. */
export async function listTrash(db: Db, user: AuthUser) {
  const blog = await getBlog(db);
  const mine: Prisma.PostWhereInput = user.role === "owner" ? {} : { authorId: user.id };
  const [posts, comments] = await Promise.all([
    db.post.findMany({
      where: { ...mine, trashedAt: { not: null } },
      orderBy: [{ trashedAt: "desc" }, { id: "desc" }],
      take: 200,
      select: { id: true, kind: true, title: true, slug: true, publishedAt: true, trashedAt: true, trashedStatus: true, authorId: true, _count: { select: { comments: true } } },
    }),
    db.comment.findMany({
      where: { status: "trash", post: mine },
      orderBy: [{ trashedAt: "desc" }, { id: "desc" }],
      take: 200,
      select: { id: true, authorName: true, bodyHtml: true, trashedAt: true, trashedStatus: true, post: { select: { id: true, title: true, authorId: true } } },
    }),
  ]);
  return {
    posts: posts.map(({ _count, ...post }) => ({
      ...post,
      commentCount: _count.comments,
      trashedAt: post.trashedAt ?? new Date(0),
      purgeAt: purgeDate(post.trashedAt ?? new Date(0)),
      /** The address it had and will have again. */
      path: post.publishedAt ? formatPostPath({ slug: post.slug, kind: post.kind, publishedAt: post.publishedAt }, blog.timezone) : null,
      canRestore: canEditPost(user, post),
    })),
    comments: comments.map(({ bodyHtml, post, ...comment }) => ({
      ...comment,
      excerpt: htmlToText(bodyHtml).slice(0, 200),
      postTitle: post.title,
      trashedAt: comment.trashedAt ?? new Date(0),
      purgeAt: purgeDate(comment.trashedAt ?? new Date(0)),
    })),
  };
}

/** The background step: deletes for good what has been in the trash for 30 days. */
export async function purgeTrash(db: Db, now = new Date()) {
  const before = new Date(now.getTime() - TRASH_DAYS * DAY_MS);
  const blog = await getBlog(db);
  return withChanges(db, async (tx, announce) => ({
    posts: await deleteTrashedPosts(tx, announce, { trashedAt: { lt: before } }, blog.timezone, now),
    comments: await deleteTrashedComments(tx, announce, { trashedAt: { lt: before } }),
  }));
}
