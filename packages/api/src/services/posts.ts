import { type Prisma, type Db } from "@crestwood/db";
import type { TPostListInput } from "@crestwood/validators";
import { AppError } from "../errors";
import { formatLabelPath, formatFeedPath, formatPostPath } from "../urls";
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

export function isVisible(post: { status: string; publishedAt: Date | null }, now: Date): boolean {
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
    labels: row.labels.map(({ label }) => ({ name: label.name, path: formatLabelPath(label.name) })),
    commentCount: row.commentCount,
    path: formatPostPath({ slug: row.slug, kind: row.kind, publishedAt }, timeZone),
    commentsFeedPath: formatFeedPath({ feed: "comments", postId: row.id }),
    /** For link previews (OpenGraph/Twitter) and feeds; null without one. */
    featuredImage: featuredImageOf(row.featuredMedia),
  };
}
export type ReaderPost = ReturnType<typeof toReaderPost>;

type PageCursor = { at: Date; id?: string };

/** The cursor of a shown post: where the next page in either direction starts. */
function cursorOf(post: { publishedAt: Date; id: string }): Required<PageCursor> {
  return { at: post.publishedAt, id: post.id };
}

/** Bounds on publishedAt: at most one upper and one lower, so SQLite seeks to the tighter one. */
interface TimeBounds {
  /** Strictly before (the cursor, the end of an archive period) or, with `inclusive`, at most (now). */
  upper: Date;
  inclusive: boolean;
  /** At or after (the start of an archive period). */
  lower?: Date;
  lowerExclusive?: boolean;
}

function tighterUpper(bounds: TimeBounds, before: Date): TimeBounds {
  return before <= bounds.upper ? { ...bounds, upper: before, inclusive: false } : bounds;
}

function tighterLower(bounds: TimeBounds, after: Date): TimeBounds {
  return !bounds.lower || after >= bounds.lower ? { ...bounds, lower: after, lowerExclusive: true } : bounds;
}

function publishedWithin(bounds: TimeBounds): Prisma.DateTimeNullableFilter {
  return {
    ...(bounds.inclusive ? { lte: bounds.upper } : { lt: bounds.upper }),
    ...(bounds.lower ? (bounds.lowerExclusive ? { gt: bounds.lower } : { gte: bounds.lower }) : {}),
  };
}

type RowFinder<T> = (where: Prisma.PostWhereInput, orderBy: Prisma.PostOrderByWithRelationInput[], take: number) => Promise<T[]>;

/**
 * Up to `take` rows strictly beyond `cursor` in the order (publishedAt, id), newest first
 * ("older") or oldest first ("newer"), within `bounds`. Two index walks instead of one OR, so
 * SQLite seeks to the cursor: the posts sharing its instant (by id), then the ones beyond it.
 */
async function beyondCursor<T>(find: RowFinder<T>, bounds: TimeBounds, cursor: PageCursor | undefined, direction: "older" | "newer", take: number): Promise<T[]> {
  const order = direction === "older" ? "desc" : "asc";
  const orderBy: Prisma.PostOrderByWithRelationInput[] = [{ publishedAt: order }, { id: order }];
  if (!cursor) return find({ publishedAt: publishedWithin(bounds) }, orderBy, take);
  const inBounds = cursor.at < bounds.upper || (bounds.inclusive && cursor.at.getTime() === bounds.upper.getTime());
  const afterLower = !bounds.lower || cursor.at > bounds.lower || (!bounds.lowerExclusive && cursor.at.getTime() === bounds.lower.getTime());
  const ties =
    cursor.id && inBounds && afterLower
      ? await find({ publishedAt: cursor.at, id: direction === "older" ? { lt: cursor.id } : { gt: cursor.id } }, orderBy, take)
      : [];
  if (ties.length >= take) return ties;
  const rest = direction === "older" ? tighterUpper(bounds, cursor.at) : tighterLower(bounds, cursor.at);
  if (rest.lower && (rest.lower > rest.upper || (rest.lower.getTime() === rest.upper.getTime() && (rest.lowerExclusive || !rest.inclusive)))) return ties;
  return [...ties, ...(await find({ publishedAt: publishedWithin(rest) }, orderBy, take - ties.length))];
}

/** "Newer posts" from a page starting at `first`: a cursor, the first page (fewer than a page left), or none. */
export type NewerPage = Required<PageCursor> | "first" | null;

/**
 * A page of posts, newest first, keyset-paged on (publishedAt, id): as fast on page 1000 as on
 * page 1, links stay valid while new posts arrive, and posts published at the same minute are
 * each shown once. `older` continues the list; `newer` goes back towards its start.
 */
export async function listPosts(db: Db, input: TPostListInput, now = new Date()) {
  const blog = await getBlog(db);
  const limit = input.limit ?? blog.postsPerPage;
  const base: Prisma.PostWhereInput = {
    ...visiblePostWhere(now, "post"),
    ...(input.label ? { labels: { some: { label: { blogId: BLOG_ID, name: input.label } } } } : {}),
  };
  // Never past "now" (scheduled posts wait), within the archive period when there is one.
  let bounds: TimeBounds = { upper: now, inclusive: true, lower: input.from };
  if (input.to) bounds = tighterUpper(bounds, input.to);
  const findRows: RowFinder<Prisma.PostGetPayload<{ include: typeof readerPostInclude }>> = (where, orderBy, take) =>
    db.post.findMany({ where: { ...base, ...where }, include: readerPostInclude, orderBy, take });
  const findIds: RowFinder<{ id: string }> = (where, orderBy, take) => db.post.findMany({ where: { ...base, ...where }, select: { id: true }, orderBy, take });

  let rows: Prisma.PostGetPayload<{ include: typeof readerPostInclude }>[];
  let hasOlder: boolean;
  let startsList: boolean;
  if (input.newerThan) {
    const newer = await beyondCursor(findRows, bounds, input.newerThan, "newer", limit + 1);
    if (newer.length <= limit) {
      // Less than a page is left before the start: that is the first page.
      return listPosts(db, { ...input, newerThan: undefined, olderThan: undefined }, now);
    }
    rows = newer.slice(0, limit).reverse();
    hasOlder = true;
    startsList = false;
  } else {
    const older = await beyondCursor(findRows, bounds, input.olderThan, "older", limit + 1);
    rows = older.slice(0, limit);
    hasOlder = older.length > limit;
    startsList = !input.olderThan;
  }

  const counted = await withCommentCounts(db, rows);
  const media = await mediaForRows(db, counted);
  // Only the first post's first image is likely on the first screen.
  const posts = counted.map((row, index) => toReaderPost(row, blog.timezone, media, { eagerFirstImage: index === 0 }));
  const first = posts[0];
  const last = posts.at(-1);

  let newer: NewerPage = null;
  if (!startsList) {
    const from = first ? cursorOf(first) : input.olderThan;
    const above = from ? await beyondCursor(findIds, bounds, from, "newer", limit + 1) : [];
    newer = above.length === 0 ? null : above.length <= limit || !first ? "first" : cursorOf(first);
  }
  return { posts, older: hasOlder && last ? cursorOf(last) : null, newer };
}

/** A row as readers may see it, or null when it is missing or not visible (yet). */
async function visibleReaderPost(db: Db, row: Prisma.PostGetPayload<{ include: typeof readerPostInclude }> | null, now: Date): Promise<ReaderPost | null> {
  if (!row || !isVisible(row, now)) return null;
  const blog = await getBlog(db);
  const [counted] = await withCommentCounts(db, [row]);
  return toReaderPost(counted ?? { ...row, commentCount: 0 }, blog.timezone, await mediaForRows(db, [row]), { eagerFirstImage: true });
}

/**
 * The newest visible post or page with this slug (for scripts; a slug can repeat across months,
 * so readers' addresses are resolved by whole address in services/addresses.ts).
 */
export async function getPostBySlug(db: Db, slug: string, now = new Date()): Promise<ReaderPost> {
  const row = await db.post.findFirst({
    where: { ...visiblePostWhere(now), slug: slug.normalize("NFC") },
    include: readerPostInclude,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  });
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
  return (await findVisiblePost(db, postId, now)).id;
}

/** A visible post's id and address, in one small read (the comment form's action needs both). */
export async function findVisiblePost(db: Db, postId: string, now = new Date()): Promise<{ id: string; path: string }> {
  const post = await db.post.findUnique({ where: { id: postId }, select: { id: true, status: true, publishedAt: true, slug: true, kind: true, createdAt: true } });
  if (!post || !isVisible(post, now)) throw new AppError("NOT_FOUND", "That post does not exist or is not published.");
  const blog = await getBlog(db);
  return { id: post.id, path: formatPostPath({ slug: post.slug, kind: post.kind, publishedAt: post.publishedAt ?? post.createdAt }, blog.timezone) };
}

/**
 * The posts published just before and just after this one (Blogger's "Äldre inlägg" / "Nyare
 * inlägg" on a post page), as titles and addresses; pages have none.
 */
export async function getPostNeighbours(db: Db, postId: string, now = new Date()) {
  const post = await db.post.findUnique({ where: { id: postId }, select: { id: true, kind: true, status: true, publishedAt: true } });
  if (!post || post.kind !== "post" || !post.publishedAt || !isVisible(post, now)) return { newer: null, older: null };
  const blog = await getBlog(db);
  const select = { id: true, title: true, slug: true, kind: true, publishedAt: true, createdAt: true } as const;
  const find: RowFinder<Prisma.PostGetPayload<{ select: typeof select }>> = (where, orderBy, take) =>
    db.post.findMany({ where: { ...visiblePostWhere(now, "post"), ...where }, select, orderBy, take });
  const cursor = { at: post.publishedAt, id: post.id };
  const bounds: TimeBounds = { upper: now, inclusive: true };
  const [[newer], [older]] = await Promise.all([beyondCursor(find, bounds, cursor, "newer", 1), beyondCursor(find, bounds, cursor, "older", 1)]);
  const link = (row: typeof newer) =>
    row ? { id: row.id, title: row.title, path: formatPostPath({ slug: row.slug, kind: row.kind, publishedAt: row.publishedAt ?? row.createdAt }, blog.timezone) } : null;
  return { newer: link(newer), older: link(older) };
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
