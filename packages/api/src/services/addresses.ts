// The address table (model Address): every address a post, page or label has had. Writers record
// addresses here as they change them; readers' requests are resolved here into "this post",
// "moved there" (a permanent redirect), "gone" (410) or "missing" (404).
import type { Db, Prisma } from "@crestwood/db";
import { AppError } from "../errors";
import {
  addressKey,
  addressKeyOf,
  formatLabelPath,
  formatPostPath,
  postAddressOf,
  parseLabelPath,
  parsePagePath,
  parsePostPath,
  type LabelAddress,
  type PageAddress,
  type PostAddress,
} from "../urls";
import { BLOG_ID, getBlog } from "./blog";
import { getPostById, isVisible, visiblePostWhere, type ReaderPost } from "./posts";

/** A client or an interactive transaction's client: recording happens inside the writer's transaction. */
type DbClient = Db | Prisma.TransactionClient;

/** What a reader's request for an address comes to. */
export type Resolution<T> = { status: "found"; found: T } | { status: "moved"; to: string } | { status: "gone" } | { status: "missing" };

interface AddressedPost {
  slug: string;
  kind: "post" | "page";
  publishedAt: Date | null;
  createdAt: Date;
}

/** A post's address as the table spells it, or null while it has none (a draft without a date). */
export function postAddressKey(post: AddressedPost, timeZone: string): string | null {
  if (!post.publishedAt && post.kind === "post") return null;
  return addressKeyOf(postAddressOf({ ...post, publishedAt: post.publishedAt ?? post.createdAt }, timeZone));
}

/**
 * Notes that `key` leads to this post or label. An address that led elsewhere (an old address of
 * another post, or a deleted one's) now leads here: the newest owner of an address wins.
 */
export async function recordAddress(db: DbClient, key: string, target: { postId: string } | { labelId: string }): Promise<void> {
  const data = "postId" in target ? { postId: target.postId, labelId: null } : { postId: null, labelId: target.labelId };
  await db.address.upsert({ where: { blogId_path: { blogId: BLOG_ID, path: key } }, update: data, create: { blogId: BLOG_ID, path: key, ...data } });
}

/** Records a post's current address, if it has one (drafts without a date have none). */
export async function recordPostAddress(db: DbClient, post: AddressedPost & { id: string }, timeZone: string): Promise<void> {
  const key = postAddressKey(post, timeZone);
  if (key) await recordAddress(db, key, { postId: post.id });
}

/**
 * For importers: many old addresses of one post at once (Blogger permalinks, absolute or not, with
 * or without ?m=1). Returns the ones that are no post, page or label address and were left out.
 */
export async function addPostAddresses(db: DbClient, postId: string, paths: readonly string[]): Promise<{ added: string[]; skipped: string[] }> {
  const added: string[] = [];
  const skipped: string[] = [];
  for (const path of paths) {
    const key = addressKey(path);
    if (!key) {
      skipped.push(path);
      continue;
    }
    await recordAddress(db, key, { postId });
    added.push(key);
  }
  return { added, skipped };
}

function sameAddress(a: PostAddress | PageAddress, b: PostAddress | PageAddress): boolean {
  return addressKeyOf(a) === addressKeyOf(b);
}

/**
 * Refuses an address another post has now (visible or scheduled; drafts have none yet), so two
 * posts never answer at one address. The same slug in another month is another address.
 */
export async function assertAddressFree(db: DbClient, post: AddressedPost & { id?: string }, timeZone: string): Promise<void> {
  if (!post.publishedAt && post.kind === "post") return;
  const wanted = postAddressOf({ ...post, publishedAt: post.publishedAt ?? post.createdAt }, timeZone);
  const others = await db.post.findMany({
    where: { blogId: BLOG_ID, slug: post.slug, status: { not: "draft" }, ...(post.id ? { id: { not: post.id } } : {}) },
    select: { slug: true, kind: true, publishedAt: true, createdAt: true },
  });
  const clash = others.some((other) => sameAddress(postAddressOf({ ...other, publishedAt: other.publishedAt ?? other.createdAt }, timeZone), wanted));
  if (clash) {
    const path = formatPostPath({ ...post, publishedAt: post.publishedAt ?? post.createdAt }, timeZone);
    throw new AppError("ALREADY_EXISTS", `Another post already has the address ${decodeURI(path)}: choose another slug.`, { field: "slug" });
  }
}

/**
 * The visible post or page at a post or page address. Posts are found by their whole address
 * (year, month and slug), never by the slug alone: the current address wins, then the table's old
 * addresses, then a slug that only one visible post has (a mistyped month, a post asked for as a page).
 */
export async function resolvePostAddress(db: Db, address: PostAddress | PageAddress, now = new Date()): Promise<Resolution<string>> {
  const blog = await getBlog(db);
  const candidates = await db.post.findMany({
    where: { ...visiblePostWhere(now), slug: address.slug },
    select: { id: true, slug: true, kind: true, publishedAt: true, createdAt: true },
    take: 100,
  });
  const addressOf = (post: AddressedPost) => postAddressOf({ ...post, publishedAt: post.publishedAt ?? post.createdAt }, blog.timezone);
  const current = candidates.find((post) => sameAddress(addressOf(post), address));
  if (current) return { status: "found", found: current.id };

  const row = await db.address.findUnique({
    where: { blogId_path: { blogId: BLOG_ID, path: addressKeyOf(address) } },
    select: { postId: true, labelId: true, post: { select: { slug: true, kind: true, status: true, publishedAt: true, createdAt: true, trashedAt: true } } },
  });
  // Deleted is gone for readers, whether the post still waits in the trash or was purged.
  if (row?.post?.trashedAt) return { status: "gone" };
  if (row?.post) {
    return isVisible(row.post, now) ? { status: "moved", to: formatPostPath({ ...row.post, publishedAt: row.post.publishedAt ?? row.post.createdAt }, blog.timezone) } : { status: "missing" };
  }
  if (row && !row.postId && !row.labelId) return { status: "gone" };
  const [only, ...more] = candidates;
  if (only && more.length === 0) return { status: "moved", to: formatPostPath({ ...only, publishedAt: only.publishedAt ?? only.createdAt }, blog.timezone) };
  return { status: "missing" };
}

/** A label with visible posts; else where a renamed or merged label went, or that it was deleted. */
export async function resolveLabelAddress(db: Db, address: LabelAddress, now = new Date()): Promise<Resolution<string>> {
  const label = await db.label.findUnique({ where: { blogId_name: { blogId: BLOG_ID, name: address.name } }, select: { id: true, name: true } });
  if (label) {
    const visible = await db.post.findFirst({ where: { ...visiblePostWhere(now, "post"), labels: { some: { labelId: label.id } } }, select: { id: true } });
    return visible ? { status: "found", found: label.name } : { status: "missing" };
  }
  const row = await db.address.findUnique({
    where: { blogId_path: { blogId: BLOG_ID, path: addressKeyOf(address) } },
    select: { postId: true, labelId: true, label: { select: { name: true } } },
  });
  if (row?.label) return { status: "moved", to: formatLabelPath(row.label.name) };
  if (row && !row.postId && !row.labelId) return { status: "gone" };
  return { status: "missing" };
}

/** What a reader's address comes to, for the pages that answer it. */
export type AddressAnswer =
  | { status: "post"; post: ReaderPost }
  | { status: "label"; name: string }
  | { status: "moved"; to: string }
  | { status: "gone" }
  | { status: "missing" };

/** Resolves a post, page or label address (any other path is missing). */
export async function resolveAddress(db: Db, path: string, now = new Date()): Promise<AddressAnswer> {
  const address = parsePostPath(path) ?? parsePagePath(path);
  if (address) {
    const resolution = await resolvePostAddress(db, address, now);
    if (resolution.status !== "found") return resolution;
    return { status: "post", post: await getPostById(db, resolution.found, now) };
  }
  const label = parseLabelPath(path);
  if (label) {
    const resolution = await resolveLabelAddress(db, label, now);
    return resolution.status === "found" ? { status: "label", name: resolution.found } : resolution;
  }
  return { status: "missing" };
}
