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
  if (!row) throw new AppError("NOT_FOUND", "No such post.");
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

export async function createPost(db: Db, user: AuthUser, rawInput: TPostCreateInput, now = new Date()) {
  const input = ZPostCreateInputSchema.parse(rawInput);
  const blog = await getBlog(db);
  const slug = await chooseSlug(db, input.title, input.slug);
  const publication = resolvePublication(input, null, now);
  const addressed = { slug, kind: input.kind, createdAt: now, publishedAt: publication.status === "draft" ? null : publication.publishedAt };
  await assertAddressFree(db, addressed, blog.timezone);
  const id = await withChanges(db, async (tx, announce) => {
    const created = await tx.post.create({
      data: {
        blogId: BLOG_ID,
        ...content(input),
        slug,
        kind: input.kind,
        ...publication,
        archiveMonth: archiveMonthOf(publication.publishedAt, blog.timezone),
        authorId: user.id,
        createdAt: now,
        // Pages stand outside the dated stream: no labels (as in Blogger).
        labels: { create: input.kind === "page" ? [] : labelLinks(input.labels) },
      },
      select: { id: true },
    });
    await recordPostAddress(tx, { id: created.id, ...addressed }, blog.timezone);
    announce(postChanged(created.id, null, await readPostState(tx, created.id, blog.timezone, now)));
    return created.id;
  });
  return getAdminPost(db, user, id, now);
}

/** The post's address fields as they are when it has one (not a draft). */
function addressedPost(post: { id: string; slug: string; kind: "post" | "page"; status: PostStatusName; publishedAt: Date | null; createdAt: Date }) {
  return { id: post.id, slug: post.slug, kind: post.kind, createdAt: post.createdAt, publishedAt: post.status === "draft" ? null : post.publishedAt };
}

export async function updatePost(db: Db, user: AuthUser, id: string, rawInput: Omit<TPostUpdateInput, "id">, now = new Date()) {
  const input = ZPostUpdateInputSchema.omit({ id: true }).parse(rawInput);
  const existing = await db.post.findUnique({
    where: { id },
    select: { id: true, authorId: true, slug: true, kind: true, status: true, publishedAt: true, createdAt: true },
  });
  if (!existing) throw new AppError("NOT_FOUND", "No such post.");
  assertCanEditPost(user, existing);
  const blog = await getBlog(db);
  const slug = await chooseSlug(db, input.title, input.slug, id);
  const publication = resolvePublication(input, existing.publishedAt, now);
  const before = addressedPost(existing);
  const after = addressedPost({ ...existing, slug, ...publication });
  await assertAddressFree(db, after, blog.timezone);
  await withChanges(db, async (tx, announce) => {
    const shownBefore = await readPostState(tx, id, blog.timezone, now);
    await tx.postLabel.deleteMany({ where: { postId: id } });
    await tx.post.update({
      where: { id },
      data: { ...content(input), slug, ...publication, archiveMonth: archiveMonthOf(publication.publishedAt, blog.timezone), labels: { create: existing.kind === "page" ? [] : labelLinks(input.labels) } },
    });
    // A renamed or re-dated post keeps answering at its old address (a permanent redirect).
    await recordPostAddress(tx, before, blog.timezone);
    await recordPostAddress(tx, after, blog.timezone);
    announce(postChanged(id, shownBefore, await readPostState(tx, id, blog.timezone, now)));
  });
  return getAdminPost(db, user, id, now);
}

/** Deletes a post; its addresses stay, leading nowhere, so readers get 410 Gone rather than 404. */
export async function deletePost(db: Db, user: AuthUser, id: string, now = new Date()) {
  const existing = await db.post.findUnique({
    where: { id },
    select: { id: true, authorId: true, slug: true, kind: true, status: true, publishedAt: true, createdAt: true },
  });
  if (!existing) throw new AppError("NOT_FOUND", "No such post.");
  assertCanEditPost(user, existing);
  const blog = await getBlog(db);
  await withChanges(db, async (tx, announce) => {
    const shownBefore = await readPostState(tx, id, blog.timezone, now);
    await recordPostAddress(tx, addressedPost(existing), blog.timezone);
    // Address.postId is set to null by the delete (onDelete: SetNull): gone.
    await tx.post.delete({ where: { id } });
    announce(postChanged(id, shownBefore, null));
  });
}
