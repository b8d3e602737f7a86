import type { Db, Prisma } from "@crestwood/db";
import {
  ZPostAdminListInputSchema,
  ZPostCreateInputSchema,
  slugify,
  type TPostAdminListInput,
  type TPostCreateInput,
} from "@crestwood/validators";
import { AppError } from "../errors";
import type { AuthUser } from "../auth/caller";
import { assertCanEditPost, canEditPost } from "../auth/permissions";
import { postPath } from "../content/permalink";
import { excerptFromHtml, sanitizePostHtml } from "../content/sanitize";
import { BLOG_ID, getBlog } from "./blog";
import { trashPost } from "./trash";

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
    path: row.publishedAt ? postPath({ slug: row.slug, kind: row.kind, publishedAt: row.publishedAt }, timeZone) : null,
    canEdit: canEditPost(user, row),
  };
}
export type AdminPostSummary = ReturnType<typeof toAdminPost>;

/** Every post, newest change first, with status, search, label filter and numbered pages. */
export async function listAdminPosts(db: Db, user: AuthUser, rawInput: TPostAdminListInput, now = new Date()) {
  const input = ZPostAdminListInputSchema.parse(rawInput);
  const blog = await getBlog(db);
  const where: Prisma.PostWhereInput = {
    blogId: BLOG_ID,
    kind: "post",
    trashedAt: null,
    ...(input.query ? { title: { contains: input.query } } : {}),
    ...(input.label ? { labels: { some: { label: { name: input.label } } } } : {}),
    ...(input.status ? statusWhere(input.status, now) : {}),
  };
  const [total, rows] = await Promise.all([
    db.post.count({ where }),
    db.post.findMany({
      where,
      include: adminPostInclude,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
  ]);
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

/** The author's slug, which must be free; or one made from the title, numbered until free. */
async function chooseSlug(db: Db, title: string, slug: string | undefined, exceptId?: string) {
  if (slug) {
    if (await slugTaken(db, slug, exceptId)) throw new AppError("ALREADY_EXISTS", "Another post already uses this slug.", { field: "slug" });
    return slug;
  }
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
  const slug = await chooseSlug(db, input.title, input.slug);
  const post = await db.post.create({
    data: {
      blogId: BLOG_ID,
      ...content(input),
      slug,
      ...resolvePublication(input, null, now),
      authorId: user.id,
      labels: { create: labelLinks(input.labels) },
    },
    select: { id: true },
  });
  return getAdminPost(db, user, post.id, now);
}

export async function updatePost(db: Db, user: AuthUser, id: string, rawInput: TPostCreateInput, now = new Date()) {
  const input = ZPostCreateInputSchema.parse(rawInput);
  const existing = await db.post.findUnique({ where: { id }, select: { authorId: true, publishedAt: true, trashedAt: true } });
  if (!existing || existing.trashedAt) throw new AppError("NOT_FOUND", existing ? "This post is in the trash: restore it first." : "No such post.");
  assertCanEditPost(user, existing);
  const slug = await chooseSlug(db, input.title, input.slug, id);
  await db.$transaction([
    db.postLabel.deleteMany({ where: { postId: id } }),
    db.post.update({
      where: { id },
      data: { ...content(input), slug, ...resolvePublication(input, existing.publishedAt, now), labels: { create: labelLinks(input.labels) } },
    }),
  ]);
  return getAdminPost(db, user, id, now);
}

/** Deleting moves the post to the trash (services/trash.ts): restorable for 30 days. */
export async function deletePost(db: Db, user: AuthUser, id: string) {
  await trashPost(db, user, id);
}
