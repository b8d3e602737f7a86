import { createHash } from "node:crypto";
import { Prisma, type Db, type Media } from "@crestwood/db";
import {
  ZMediaDeleteInputSchema,
  ZMediaListInputSchema,
  ZMediaUpdateInputSchema,
  ZMediaUploadFieldsSchema,
  ZPostFeaturedMediaInputSchema,
  type TMediaDeleteInput,
  type TMediaListInput,
  type TMediaUpdateInput,
  type TPostFeaturedMediaInput,
} from "@crestwood/validators";
import type { AuthUser } from "../auth/caller";
import { assertCanEditPost } from "../auth/permissions";
import { AppError } from "../errors";
import { withChanges, type Announce, type Tx } from "../changes/announce";
import { postChanged, readPostState } from "../changes/post-change";
import { getBlog } from "./blog";
import { formatMegabytes } from "../media/config";
import { processImage } from "../media/process";
import { buildSrcset, defaultVariant, largestVariant, POST_IMAGE_SIZES, smallestVariant, type RenderableMedia } from "../media/render";
import { sniffImageType } from "../media/sniff";
import type { MediaStorage } from "../media/storage";
import { urlForVariant, type MediaVariant } from "../media/variants";

/** A Media row's stored files (its `variants` JSON); [] when unreadable. */
export function parseVariants(json: string): MediaVariant[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as MediaVariant[]) : [];
  } catch {
    return [];
  }
}

/** A media row as the admin and the editor see it: sizes, texts and the URLs to use. */
export function toMediaView(row: Media & { uploadedBy?: { name: string } | null }) {
  const variants = parseVariants(row.variants);
  const display = defaultVariant(variants);
  const smallest = variants.filter((variant) => variant.format === display?.format).sort((a, b) => a.width - b.width)[0];
  return {
    id: row.id,
    hash: row.hash,
    fileName: row.fileName,
    mime: row.mime,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    alt: row.alt,
    caption: row.caption,
    createdAt: row.createdAt,
    uploadedByName: row.uploadedBy?.name ?? null,
    /** What an editor puts in <img src>: readers get the full <picture> (media/render.ts). */
    url: display ? urlForVariant(display.name) : null,
    thumbnailUrl: smallest ? urlForVariant(smallest.name) : null,
    srcset: display ? buildSrcset(variants, display.format) : "",
    sizes: POST_IMAGE_SIZES,
    variants: variants.map((variant) => ({ ...variant, url: urlForVariant(variant.name) })),
  };
}
export type MediaView = ReturnType<typeof toMediaView>;

export interface MediaUpload {
  bytes: Buffer;
  fileName: string;
  alt?: string;
  caption?: string;
  uploadedById: string | null;
  maxBytes: number;
}

function cleanFileName(name: string): string {
  // Shown and searched only; control characters and paths are of no use there.
  const base = name.split(/[\\/]/).pop() ?? "";
  return base.replace(/[\p{Cc}]/gu, "").trim().slice(0, 255) || "image";
}

/**
 * Stores an upload: checked (size, type from the bytes, pixels, decodes), processed into variants,
 * files written (each whole, via a temporary name), then the row. The same bytes uploaded again
 * give the existing row. On any failure nothing stays behind: files written for it are removed.
 */
export async function uploadMedia(db: Db, storage: MediaStorage, upload: MediaUpload): Promise<MediaView & { created: boolean }> {
  if (upload.bytes.length > upload.maxBytes) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The file is ${formatMegabytes(upload.bytes.length)}; the most accepted is ${formatMegabytes(upload.maxBytes)}.`);
  }
  if (upload.bytes.length === 0) throw new AppError("INVALID_INPUT", "The file is empty.");
  const fields = ZMediaUploadFieldsSchema.parse({ alt: upload.alt, caption: upload.caption });
  const sniffed = sniffImageType(upload.bytes);
  if (!sniffed.ok) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      sniffed.reason === "svg"
        ? "SVG images are not accepted: they can carry scripts. Upload a PNG or WebP instead."
        : "This is not an image Crestwood accepts: upload a JPEG, PNG, WebP, GIF or AVIF file.",
    );
  }

  const hash = createHash("sha256").update(upload.bytes).digest("hex");
  const existing = await db.media.findUnique({ where: { hash }, include: { uploadedBy: { select: { name: true } } } });
  if (existing) return { ...toMediaView(existing), created: false };

  const processed = await processImage(upload.bytes, sniffed.type, hash);
  const written: string[] = [];
  try {
    for (const variant of processed.variants) {
      await storage.put(variant.name, variant.data);
      written.push(variant.name);
    }
    const variants: MediaVariant[] = processed.variants.map(({ name, width, height, format, data }) => ({ name, width, height, format, bytes: data.length }));
    // Posts that already show these bytes (an imported post, a restored backup) get <picture>.
    const showing = await postsShowingHash(db, hash);
    const row = await withChanges(db, async (tx, announce) => {
      const created = await tx.media.create({
        data: {
          hash,
          fileName: cleanFileName(upload.fileName),
          mime: sniffed.type,
          width: processed.width,
          height: processed.height,
          bytes: upload.bytes.length,
          alt: fields.alt ?? "",
          caption: fields.caption ?? "",
          variants: JSON.stringify(variants),
          uploadedById: upload.uploadedById,
        },
        include: { uploadedBy: { select: { name: true } } },
      });
      if (showing.length > 0) announce({ type: "media.changed", id: created.id, postIds: showing });
      return created;
    });
    return { ...toMediaView(row), created: true };
  } catch (error) {
    // The same file uploaded at the same moment: the other upload wrote the very same files
    // (names come from the content), so they stay, and its row is the answer.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.media.findUnique({ where: { hash }, include: { uploadedBy: { select: { name: true } } } });
      if (winner) return { ...toMediaView(winner), created: false };
    }
    await Promise.all(written.map((name) => storage.delete(name)));
    throw error;
  }
}

export async function listMedia(db: Db, rawInput: TMediaListInput = {}) {
  const input = ZMediaListInputSchema.parse(rawInput);
  const limit = input.limit ?? 50;
  const where: Prisma.MediaWhereInput = input.query ? { OR: [{ fileName: { contains: input.query } }, { alt: { contains: input.query } }] } : {};
  const rows = await db.media.findMany({
    where,
    include: { uploadedBy: { select: { name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, limit).map(toMediaView);
  return { items: page, nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}

async function findMedia(db: Db, id: string) {
  const media = await db.media.findUnique({ where: { id }, include: { uploadedBy: { select: { name: true } } } });
  if (!media) throw new AppError("NOT_FOUND", "No such image.");
  return media;
}

export async function getMedia(db: Db, id: string): Promise<MediaView> {
  return toMediaView(await findMedia(db, id));
}

/** The uploader and the owner may describe or delete an image. */
function assertCanEditMedia(user: AuthUser, media: { uploadedById: string | null }) {
  if (user.role !== "owner" && media.uploadedById !== user.id) {
    throw new AppError("FORBIDDEN", "Only whoever uploaded the image or the blog's owner may change it.");
  }
}

export async function updateMedia(db: Db, user: AuthUser, rawInput: TMediaUpdateInput): Promise<MediaView> {
  const input = ZMediaUpdateInputSchema.parse(rawInput);
  assertCanEditMedia(user, await findMedia(db, input.id));
  const usedBy = await mediaUsage(db, input.id);
  const row = await withChanges(db, async (tx, announce) => {
    const updated = await tx.media.update({
      where: { id: input.id },
      data: { alt: input.alt, caption: input.caption },
      include: { uploadedBy: { select: { name: true } } },
    });
    // The alt text is in every post that shows the image, and in link previews of those featuring it.
    if (usedBy.length > 0) announce({ type: "media.changed", id: updated.id, postIds: usedBy.map((post) => post.id) });
    await announceAvatarUsers(tx, announce, updated.id);
    return updated;
  });
  return toMediaView(row);
}

/** An account's picture is in the sidebar's profile box (services/profile.ts): its users' pages change. */
async function announceAvatarUsers(tx: Tx, announce: Announce, mediaId: string): Promise<void> {
  const users = await tx.user.findMany({ where: { avatarMediaId: mediaId }, select: { id: true } });
  announce(...users.map((user) => ({ type: "author.changed" as const, userId: user.id })));
}

/** Posts and pages (drafts too) whose body shows the bytes with this hash. */
async function postsShowingHash(db: Db, hash: string): Promise<string[]> {
  const rows = await db.post.findMany({ where: { bodyHtml: { contains: `/media/${hash}-` } }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** Posts and pages (drafts too) that show the image: in their body or as their featured image. */
export async function mediaUsage(db: Db, id: string) {
  const media = await findMedia(db, id);
  const posts = await db.post.findMany({
    where: { OR: [{ featuredMediaId: media.id }, { bodyHtml: { contains: `/media/${media.hash}-` } }] },
    select: { id: true, title: true, slug: true, status: true, kind: true, featuredMediaId: true },
    orderBy: { createdAt: "desc" },
  });
  return posts.map((post) => ({ id: post.id, title: post.title, slug: post.slug, status: post.status, kind: post.kind, featured: post.featuredMediaId === media.id }));
}

/**
 * Removes the image and its files. Still used somewhere → IN_USE (the answer names the posts)
 * unless `force`: posts then show a broken image and lose it as featured image.
 */
export async function deleteMedia(db: Db, storage: MediaStorage, user: AuthUser, rawInput: TMediaDeleteInput) {
  const input = ZMediaDeleteInputSchema.parse(rawInput);
  const media = await findMedia(db, input.id);
  assertCanEditMedia(user, media);
  const usedBy = await mediaUsage(db, media.id);
  if (usedBy.length > 0 && !input.force) {
    const titles = usedBy.slice(0, 5).map((post) => `“${post.title}”`).join(", ");
    throw new AppError("IN_USE", `The image is used by ${usedBy.length === 1 ? "a post" : `${usedBy.length} posts`}: ${titles}. Delete it anyway?`);
  }
  // Row first: once it is gone nothing links to the files, and a failure to remove one only
  // leaves an unreferenced file, never a row without its files.
  await withChanges(db, async (tx, announce) => {
    await announceAvatarUsers(tx, announce, media.id);
    await tx.media.delete({ where: { id: media.id } });
    if (usedBy.length > 0) announce({ type: "media.changed", id: media.id, postIds: usedBy.map((post) => post.id) });
  });
  await Promise.all(parseVariants(media.variants).map((variant) => storage.delete(variant.name)));
  return { id: media.id, usedBy };
}

export async function setFeaturedMedia(db: Db, user: AuthUser, rawInput: TPostFeaturedMediaInput) {
  const input = ZPostFeaturedMediaInputSchema.parse(rawInput);
  const post = await db.post.findUnique({ where: { id: input.postId }, select: { id: true, authorId: true } });
  if (!post) throw new AppError("NOT_FOUND", "No such post.");
  assertCanEditPost(user, post);
  if (input.mediaId) await findMedia(db, input.mediaId);
  const { timezone } = await getBlog(db);
  const now = new Date();
  await withChanges(db, async (tx, announce) => {
    const before = await readPostState(tx, post.id, timezone, now);
    await tx.post.update({ where: { id: post.id }, data: { featuredMediaId: input.mediaId } });
    announce(postChanged(post.id, before, await readPostState(tx, post.id, timezone, now)));
  });
  return { postId: post.id, mediaId: input.mediaId };
}

/** Media rows for the hashes some HTML refers to, ready for expandMediaImages. */
export async function loadRenderableMedia(db: Db, hashes: string[]): Promise<Map<string, RenderableMedia>> {
  if (hashes.length === 0) return new Map();
  const rows = await db.media.findMany({ where: { hash: { in: hashes } }, select: { hash: true, width: true, height: true, alt: true, variants: true } });
  return new Map(rows.map((row) => [row.hash, { ...row, variants: parseVariants(row.variants) }]));
}

/** A featured image as link previews and feeds want it: one JPEG/PNG with its size. */
/** An image from the media library as the blog's icon (favicon): its smallest PNG/JPEG. */
export function faviconOf(media: Pick<Media, "variants"> | null): { url: string; type: string } | null {
  if (!media) return null;
  const smallest = smallestVariant(parseVariants(media.variants));
  return smallest ? { url: urlForVariant(smallest.name), type: smallest.format === "png" ? "image/png" : "image/jpeg" } : null;
}

export function featuredImageOf(media: Pick<Media, "alt" | "variants"> | null) {
  if (!media) return null;
  const largest = largestVariant(parseVariants(media.variants));
  return largest ? { url: urlForVariant(largest.name), width: largest.width, height: largest.height, alt: media.alt, type: largest.format === "png" ? "image/png" : "image/jpeg" } : null;
}
