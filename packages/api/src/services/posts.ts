import { type Prisma, type Db } from "@crestwood/db";
import type { TPostListInput } from "@crestwood/validators";
import { AppError } from "../errors";
import { labelPath, postCommentsFeedPath, postPath } from "../content/permalink";
import { sanitizePostHtml } from "../content/sanitize";
import { expandMediaImages, mediaHashesIn, type RenderableMedia } from "../media/render";
import { featuredImageOf, loadRenderableMedia } from "./media";
import { BLOG_ID, getBlog } from "./blog";

/**
 * What readers may see: published, or scheduled with its time come; never drafts.
 * Without `kind`, posts and pages alike.
 */
export function visiblePostWhere(now: Date, kind?: "post" | "page"): Prisma.PostWhereInput {
  return { blogId: BLOG_ID, kind, publishedAt: { lte: now }, status: { not: "draft" } };
}

function isVisible(post: { status: string; publishedAt: Date | null }, now: Date): boolean {
  return post.status !== "draft" && post.publishedAt !== null && post.publishedAt <= now;
}

const readerPostInclude = {
  author: { select: { name: true, displayName: true } },
  labels: { select: { label: { select: { name: true } } }, orderBy: { label: { name: "asc" } } },
  featuredMedia: { select: { alt: true, variants: true } },
} satisfies Prisma.PostInclude;

type ReaderPostRow = Prisma.PostGetPayload<{ include: typeof readerPostInclude }> & { commentCount: number };

/**
 * Published comment counts for these posts only. (Prisma's `_count` with a filter aggregates the
 * whole Comment table before joining: fine for a hundred comments, slow for a million.)
 */
async function withCommentCounts<T extends { id: string }>(db: Db, rows: T[]): Promise<(T & { commentCount: number })[]> {
  if (rows.length === 0) return [];
  const counts = await db.comment.groupBy({
    by: ["postId"],
    where: { postId: { in: rows.map((row) => row.id) }, status: "published" },
    _count: { _all: true },
  });
  const byPost = new Map(counts.map((count) => [count.postId, count._count._all]));
  return rows.map((row) => ({ ...row, commentCount: byPost.get(row.id) ?? 0 }));
}

/** The media rows the posts' bodies show, in one query for the whole page. */
function mediaForRows(db: Db, rows: { bodyHtml: string }[]): Promise<Map<string, RenderableMedia>> {
  return loadRenderableMedia(db, [...new Set(rows.flatMap((row) => mediaHashesIn(row.bodyHtml)))]);
}

function toReaderPost(row: ReaderPostRow, timeZone: string, media: ReadonlyMap<string, RenderableMedia>, options: { eagerFirstImage: boolean }) {
  const publishedAt = row.publishedAt ?? row.createdAt;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    slug: row.slug,
    // Stored HTML was sanitized on the way in; sanitizing again on the way out keeps rows
    // written by other means (a restored backup, SQL by hand) from reaching readers unchecked.
    // Our images become <picture> with srcset over their stored sizes (media/render.ts).
    bodyHtml: expandMediaImages(sanitizePostHtml(row.bodyHtml), media, { eagerFirst: options.eagerFirstImage }),
    excerpt: row.excerpt,
    publishedAt,
    updatedAt: row.updatedAt,
    // The name from the author's profile (/admin/account), the account's name without one.
    authorName: row.author ? row.author.displayName || row.author.name : null,
    labels: row.labels.map(({ label }) => ({ name: label.name, path: labelPath(label.name) })),
    commentCount: row.commentCount,
    path: postPath({ slug: row.slug, kind: row.kind, publishedAt }, timeZone),
    commentsFeedPath: postCommentsFeedPath(row.id),
    /** For link previews (OpenGraph/Twitter) and feeds; null without one. */
    featuredImage: featuredImageOf(row.featuredMedia),
  };
}
export type ReaderPost = ReturnType<typeof toReaderPost>;

/**
 * A page of posts, newest first, before `input.before` (keyset paging: as fast on page 1000 as on
 * page 1, and links stay valid while new posts arrive).
 */
export async function listPosts(db: Db, input: TPostListInput, now = new Date()) {
  const blog = await getBlog(db);
  const limit = input.limit ?? blog.postsPerPage;
  const visible = visiblePostWhere(now, "post");
  const where: Prisma.PostWhereInput = {
    ...visible,
    // One upper bound, so SQLite starts its index walk there (two bounds made it start at "now").
    publishedAt: { ...(input.before && input.before <= now ? { lt: input.before } : { lte: now }), ...(input.after ? { gte: input.after } : {}) },
    ...(input.label ? { labels: { some: { label: { blogId: BLOG_ID, name: input.label } } } } : {}),
  };
  const rows = await db.post.findMany({
    where,
    include: readerPostInclude,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const counted = await withCommentCounts(db, rows.slice(0, limit));
  const media = await mediaForRows(db, counted);
  // Only the first post's first image is likely on the first screen.
  const page = counted.map((row, index) => toReaderPost(row, blog.timezone, media, { eagerFirstImage: index === 0 }));
  const last = page.at(-1);
  return { posts: page, nextBefore: rows.length > limit && last ? last.publishedAt : null };
}

/** A row as readers may see it, or null when it is missing or not visible (yet). */
async function visibleReaderPost(db: Db, row: Prisma.PostGetPayload<{ include: typeof readerPostInclude }> | null, now: Date): Promise<ReaderPost | null> {
  if (!row || !isVisible(row, now)) return null;
  const blog = await getBlog(db);
  const [counted] = await withCommentCounts(db, [row]);
  return toReaderPost(counted ?? { ...row, commentCount: 0 }, blog.timezone, await mediaForRows(db, [row]), { eagerFirstImage: true });
}

export async function getPostBySlug(db: Db, slug: string, now = new Date()): Promise<ReaderPost> {
  // By the unique (blog, slug) index, then visibility: a combined filter can lead SQLite to
  // walk the date index instead.
  const row = await db.post.findUnique({ where: { blogId_slug: { blogId: BLOG_ID, slug } }, include: readerPostInclude });
  const post = await visibleReaderPost(db, row, now);
  if (!post) throw new AppError("NOT_FOUND", `No post with the slug "${slug}".`);
  return post;
}

export async function getPostById(db: Db, postId: string, now = new Date()): Promise<ReaderPost> {
  const row = await db.post.findUnique({ where: { id: postId }, include: readerPostInclude });
  const post = await visibleReaderPost(db, row, now);
  if (!post) throw new AppError("NOT_FOUND", "That post does not exist or is not published.");
  return post;
}

/** Visible posts by id, for lists ordered elsewhere (e.g. by search rank). */
export async function getReaderPostsByIds(db: Db, ids: string[], now = new Date()): Promise<Map<string, ReaderPost>> {
  if (ids.length === 0) return new Map();
  const blog = await getBlog(db);
  const rows = await db.post.findMany({ where: { ...visiblePostWhere(now), id: { in: ids } }, include: readerPostInclude });
  const counted = await withCommentCounts(db, rows);
  const media = await mediaForRows(db, counted);
  return new Map(counted.map((row) => [row.id, toReaderPost(row, blog.timezone, media, { eagerFirstImage: false })]));
}

export async function findVisiblePostId(db: Db, postId: string, now = new Date()) {
  const post = await db.post.findUnique({ where: { id: postId }, select: { id: true, status: true, publishedAt: true } });
  if (!post || !isVisible(post, now)) throw new AppError("NOT_FOUND", "That post does not exist or is not published.");
  return post.id;
}

/** Where an imported post's old address (e.g. a Blogger permalink whose slug changed) leads now. */
export async function resolveLegacyPath(db: Db, legacyPath: string, now = new Date()): Promise<{ path: string }> {
  const post = await db.post.findFirst({
    where: { ...visiblePostWhere(now), legacyPath },
    select: { slug: true, kind: true, publishedAt: true, createdAt: true },
  });
  if (!post) throw new AppError("NOT_FOUND", `Nothing was published at ${legacyPath}.`);
  const blog = await getBlog(db);
  return { path: postPath({ slug: post.slug, kind: post.kind, publishedAt: post.publishedAt ?? post.createdAt }, blog.timezone) };
}

/**
 * A post as readers will see it, whatever its status: the admin's preview. With `content` (a
 * revision, such as the editor's autosave), that title, body and labels instead of the saved ones.
 */
export async function getPostPreview(db: Db, id: string, content?: { title: string; bodyHtml: string; labels: string[] }): Promise<ReaderPost> {
  const blog = await getBlog(db);
  const saved = await db.post.findUnique({ where: { id }, include: readerPostInclude });
  if (!saved) throw new AppError("NOT_FOUND", "No such post.");
  const row = content
    ? { ...saved, title: content.title, bodyHtml: content.bodyHtml, labels: content.labels.map((name) => ({ label: { name } })) }
    : saved;
  const [counted] = await withCommentCounts(db, [row]);
  return toReaderPost(counted ?? { ...row, commentCount: 0 }, blog.timezone, await mediaForRows(db, [row]), { eagerFirstImage: true });
}
