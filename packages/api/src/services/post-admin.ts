import type { Db, Prisma } from "@crestwood/db";
import {
  ZPostAdminListInputSchema,
  ZPostCreateInputSchema,
  ZPostUpdateInputSchema,
  slugify,
  type TPostAdminListInput,
  type TPostCreateInput,
  type TPostUpdateInput,
} from "@crestwood/validators";
import { AppError } from "../errors";
import type { AuthUser } from "../auth/caller";
import { assertCanEditPost, canEditPost } from "../auth/permissions";
import { formatPostPath } from "../urls";
import { excerptFromHtml, sanitizePostHtml } from "../content/sanitize";
import { withChanges } from "../changes/announce";
import { postChanged, readPostState } from "../changes/post-change";
import { archiveMonthOf } from "./archive-months";
import { assertAddressFree, recordPostAddress } from "./addresses";
import { BLOG_ID, getBlog } from "./blog";
import { trashPost } from "./trash";
import { getRevision, recordBaselineIfMissing, recordRevision } from "./revisions";

export type PostStatusName = "draft" | "scheduled" | "published";

/** The status readers experience: a scheduled post whose time has come is published. */
function effectiveStatus(post: { status: PostStatusName; publishedAt: Date | null }, now: Date): PostStatusName {
  if (post.status === "scheduled" && post.publishedAt && post.publishedAt <= now) return "published";
  return post.status;
}

function statusWhere(status: PostStatusName, now: Date): Prisma.PostWhereInput {
  if (status === "draft") return { status: "draft" };
  if (status === "scheduled") return { status: "scheduled", publishedAt: { gt: now } };
  return { status: { not: "draft" }, publishedAt: { lte: now } };
}

const adminPostInclude = {
  author: { select: { id: true, name: true } },
  labels: { select: { label: { select: { name: true } } }, orderBy: { label: { name: "asc" } } },
  _count: { select: { comments: true } },
} satisfies Prisma.PostInclude;
type AdminPostRow = Prisma.PostGetPayload<{ include: typeof adminPostInclude }>;

function toAdminPost(row: AdminPostRow, user: AuthUser, timeZone: string, now: Date) {
  const status = effectiveStatus(row, now);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    slug: row.slug,
    status,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    authorId: row.authorId,
    authorName: row.author?.name ?? null,
    labels: row.labels.map(({ label }) => label.name),
    featuredMediaId: row.featuredMediaId,
    /** Bumped by every save; the editor sends it back so a stale save is refused. */
    version: row.version,
    commentCount: row._count.comments,
    /** Where readers find it (once published). */
    path: row.publishedAt ? formatPostPath({ slug: row.slug, kind: row.kind, publishedAt: row.publishedAt }, timeZone) : null,
    canEdit: canEditPost(user, row),
  };
}
export type AdminPostSummary = ReturnType<typeof toAdminPost>;

/**
 * Every post (or page) with status, search, label filter and numbered pages: drafts and scheduled
 * posts first (what the author is working on), then the published, newest first.
 */
export async function listAdminPosts(db: Db, user: AuthUser, rawInput: TPostAdminListInput, now = new Date()) {
  const input = ZPostAdminListInputSchema.parse(rawInput);
  const blog = await getBlog(db);
  const where: Prisma.PostWhereInput = {
    blogId: BLOG_ID,
    kind: input.kind,
    trashedAt: null,
    ...(input.query ? { title: { contains: input.query } } : {}),
    ...(input.label ? { labels: { some: { label: { name: input.label } } } } : {}),
    ...(input.status ? statusWhere(input.status, now) : {}),
  };
  const drafts: Prisma.PostWhereInput = { AND: [where, { status: "draft" }] };
  const dated: Prisma.PostWhereInput = { AND: [where, { status: { not: "draft" } }] };
  const skip = (input.page - 1) * input.pageSize;
  const [total, draftCount] = await Promise.all([db.post.count({ where }), db.post.count({ where: drafts })]);
  // Drafts first (last changed first); then by date, newest first, so scheduled posts (dated in
  // the future) come before the published ones. Two queries keep this the same on every database.
  const draftRows =
    skip < draftCount ? await db.post.findMany({ where: drafts, include: adminPostInclude, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], skip, take: input.pageSize }) : [];
  const datedRows =
    draftRows.length < input.pageSize
      ? await db.post.findMany({
          where: dated,
          include: adminPostInclude,
          orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
          skip: Math.max(0, skip - draftCount),
          take: input.pageSize - draftRows.length,
        })
      : [];
  const rows = [...draftRows, ...datedRows];
  return {
    posts: rows.map((row) => toAdminPost(row, user, blog.timezone, now)),
    total,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
  };
}

export async function getAdminPost(db: Db, user: AuthUser, id: string, now = new Date()) {
  const blog = await getBlog(db);
  const row = await db.post.findUnique({ where: { id }, include: adminPostInclude });
  if (!row || row.trashedAt) throw new AppError("NOT_FOUND", row ? "This post is in the trash: restore it first." : "No such post.");
  return { ...toAdminPost(row, user, blog.timezone, now), bodyHtml: row.bodyHtml };
}
export type AdminPost = Awaited<ReturnType<typeof getAdminPost>>;

/** The stored status and date for what the author asked: a future date turns "published" into "scheduled". */
function resolvePublication(input: { status: PostStatusName; publishedAt?: Date | null }, previous: Date | null, now: Date) {
  if (input.status === "draft") return { status: "draft" as const, publishedAt: input.publishedAt ?? null };
  const publishedAt = input.publishedAt ?? (input.status === "published" ? (previous ?? now) : null);
  if (!publishedAt) throw new AppError("INVALID_INPUT", "Choose when the post should appear.", { field: "publishedAt" });
  if (publishedAt > now) return { status: "scheduled" as const, publishedAt };
  if (input.status === "scheduled") throw new AppError("INVALID_INPUT", "A scheduled time must be in the future.", { field: "publishedAt" });
  return { status: "published" as const, publishedAt };
}

async function slugTaken(db: Db, slug: string, exceptId?: string) {
  const found = await db.post.findFirst({ where: { blogId: BLOG_ID, slug, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  return found !== null;
}

/**
 * The author's slug (free as long as no other post has the same address: the same slug in another
 * month is another address, see assertAddressFree); or one made from the title, numbered until no
 * post uses it at all.
 */
async function chooseSlug(db: Db, title: string, slug: string | undefined, exceptId?: string) {
  if (slug) return slug.normalize("NFC");
  const base = slugify(title);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(db, candidate, exceptId))) return candidate;
  }
}

function labelLinks(names: string[]) {
  const unique = [...new Set(names)];
  return unique.map((name) => ({
    label: { connectOrCreate: { where: { blogId_name: { blogId: BLOG_ID, name } }, create: { blogId: BLOG_ID, name } } },
  }));
}

/** HTML from the editor is sanitized here, whatever the client did, and the excerpt follows it. */
function content(input: { title: string; bodyHtml: string }) {
  const bodyHtml = sanitizePostHtml(input.bodyHtml);
  return { title: input.title, bodyHtml, excerpt: excerptFromHtml(bodyHtml) };
}

/** A saved state is a "publish" revision when readers see (or will see) it, a "save" otherwise. */
function revisionKind(status: PostStatusName): "save" | "publish" {
  return status === "draft" ? "save" : "publish";
}

export async function createPost(db: Db, user: AuthUser, rawInput: TPostCreateInput, now = new Date()) {
  const input = ZPostCreateInputSchema.parse(rawInput);
  const blog = await getBlog(db);
  const slug = await chooseSlug(db, input.title, input.slug);
  const body = content(input);
  const labels = input.kind === "page" ? [] : labelLinks(input.labels);
  const publication = resolvePublication(input, null, now);
  const addressed = { slug, kind: input.kind, createdAt: now, publishedAt: publication.status === "draft" ? null : publication.publishedAt };
  await assertAddressFree(db, addressed, blog.timezone);
  const id = await withChanges(db, async (tx, announce) => {
    const created = await tx.post.create({
      data: {
        blogId: BLOG_ID,
        ...body,
        slug,
        kind: input.kind,
        ...publication,
        archiveMonth: archiveMonthOf(publication.publishedAt, blog.timezone),
        authorId: user.id,
        createdAt: now,
        // Pages stand outside the dated stream: no labels (as in Blogger).
        labels: { create: labels },
      },
      select: { id: true, version: true },
    });
    await recordPostAddress(tx, { id: created.id, ...addressed }, blog.timezone);
    await recordRevision(
      tx,
      { postId: created.id, kind: revisionKind(publication.status), version: created.version, authorId: user.id, title: body.title, slug, bodyHtml: body.bodyHtml, labels: input.kind === "page" ? [] : [...new Set(input.labels)], keep: blog.revisionsToKeep },
      now,
    );
    announce(postChanged(created.id, null, await readPostState(tx, created.id, blog.timezone, now)));
    return created.id;
  });
  return getAdminPost(db, user, id, now);
}

/** Refused save: someone saved the post after the editor opened it. The editor shows the difference. */
export class EditConflictError extends AppError {
  constructor(readonly currentVersion: number) {
    super("ALREADY_EXISTS", "Someone else saved this post after you opened it. Look at their changes, then save again.", { field: "baseVersion" });
  }
}

/** The post's address fields as they are when it has one (not a draft). */
export function addressedPost(post: { id: string; slug: string; kind: "post" | "page"; status: PostStatusName; publishedAt: Date | null; createdAt: Date }) {
  return { id: post.id, slug: post.slug, kind: post.kind, createdAt: post.createdAt, publishedAt: post.status === "draft" ? null : post.publishedAt };
}

/**
 * Saves the editor's content (the kind stays: a page stays a page). With `baseVersion` (the editor
 * always sends it) the save happens only on top of that version, by a conditional update: of two
 * authors saving from the same version, the second is refused rather than silently overwriting the
 * first.
 */
export async function updatePost(db: Db, user: AuthUser, id: string, rawInput: Omit<TPostUpdateInput, "id">, now = new Date(), kind?: "restore") {
  const input = ZPostUpdateInputSchema.omit({ id: true }).parse(rawInput);
  const baseVersion = input.baseVersion;
  const existing = await db.post.findUnique({ where: { id }, include: { labels: { select: { label: { select: { name: true } } } } } });
  if (!existing || existing.trashedAt) throw new AppError("NOT_FOUND", existing ? "This post is in the trash: restore it first." : "No such post.");
  assertCanEditPost(user, existing);
  if (baseVersion !== undefined && baseVersion !== existing.version) throw new EditConflictError(existing.version);
  const blog = await getBlog(db);
  // A live post keeps its address when only its title changes (as in Blogger and WordPress): links
  // to it stay direct. A draft has no address yet, so its slug still follows the title.
  const slug = !input.slug && existing.status !== "draft" ? existing.slug : await chooseSlug(db, input.title, input.slug, id);
  const body = content(input);
  const publication = resolvePublication(input, existing.publishedAt, now);
  const before = addressedPost(existing);
  const after = addressedPost({ ...existing, slug, ...publication });
  await assertAddressFree(db, after, blog.timezone);
  await withChanges(db, async (tx, announce) => {
    const shownBefore = await readPostState(tx, id, blog.timezone, now);
    await recordBaselineIfMissing(tx, { ...existing, labels: existing.labels.map(({ label }) => label.name) });
    const { count } = await tx.post.updateMany({
      where: { id, version: baseVersion ?? existing.version, trashedAt: null },
      data: { ...body, slug, ...publication, archiveMonth: archiveMonthOf(publication.publishedAt, blog.timezone), version: { increment: 1 } },
    });
    if (count !== 1) throw new EditConflictError((await tx.post.findUnique({ where: { id }, select: { version: true } }))?.version ?? existing.version);
    await tx.postLabel.deleteMany({ where: { postId: id } });
    const labels = existing.kind === "page" ? [] : labelLinks(input.labels);
    await tx.post.update({ where: { id }, data: { labels: { create: labels } } });
    // A renamed or re-dated post keeps answering at its old address (a permanent redirect).
    await recordPostAddress(tx, before, blog.timezone);
    await recordPostAddress(tx, after, blog.timezone);
    await recordRevision(
      tx,
      { postId: id, kind: kind ?? revisionKind(publication.status), version: existing.version + 1, authorId: user.id, title: body.title, slug, bodyHtml: body.bodyHtml, labels: existing.kind === "page" ? [] : [...new Set(input.labels)], keep: blog.revisionsToKeep },
      now,
    );
    announce(postChanged(id, shownBefore, await readPostState(tx, id, blog.timezone, now)));
  });
  return getAdminPost(db, user, id, now);
}

/**
 * Brings an old revision back: its title, body and labels (and slug, unless another post took it
 * meanwhile) become the post's content, saved as a new "restore" revision. Status and date stay.
 */
export async function restoreRevision(db: Db, user: AuthUser, input: { id: string; baseVersion?: number }, now = new Date()) {
  const revision = await getRevision(db, user, input.id);
  const post = await db.post.findUnique({ where: { id: revision.postId }, select: { status: true, publishedAt: true, version: true, slug: true } });
  if (!post) throw new AppError("NOT_FOUND", "No such post.");
  const slugFree = revision.slug !== "" && !(await slugTaken(db, revision.slug, revision.postId));
  return updatePost(
    db,
    user,
    revision.postId,
    {
      title: revision.title || "(untitled)",
      slug: slugFree ? revision.slug : post.slug,
      bodyHtml: revision.bodyHtml,
      labels: revision.labels,
      // "scheduled" is stored for a future date; asking for "published" keeps that date either way.
      status: post.status === "draft" ? "draft" : "published",
      publishedAt: post.publishedAt,
      baseVersion: input.baseVersion ?? post.version,
    },
    now,
    "restore",
  );
}

/**
 * Deleting moves the post to the trash (services/trash.ts): restorable for 30 days, then purged;
 * its addresses stay, leading nowhere once it is purged, so readers get 410 Gone rather than 404.
 */
export async function deletePost(db: Db, user: AuthUser, id: string) {
  await trashPost(db, user, id);
}
