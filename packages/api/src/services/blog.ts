import type { Blog, Db } from "@crestwood/db";
import {
  ZBlogFaviconInputSchema,
  ZBlogUpdateInputSchema,
  ZSpamSettingsInputSchema,
  type TBlogFaviconInput,
  type TBlogUpdateInput,
  type TSpamSettingsInput,
} from "@crestwood/validators";
import { AppError } from "../errors";
import { faviconOf } from "./media";
import { withChanges } from "../changes/announce";
import { fillMissingArchiveMonths, forgetArchiveMonths } from "./archive-months";

export const BLOG_ID = 1;

/**
 * The blog's settings. A database that was migrated but never seeded gets default settings on
 * first read (an upsert, so concurrent first requests agree).
 */
export async function getBlog(db: Db): Promise<Blog> {
  const blog = await db.blog.findUnique({ where: { id: BLOG_ID } });
  if (blog) return blog;
  return db.blog.upsert({ where: { id: BLOG_ID }, update: {}, create: { id: BLOG_ID, title: "Crestwood" } });
}

/** Settings as readers may see them (the secret stays on the server). */
export function publicBlogSettings(blog: Blog) {
  return {
    title: blog.title,
    description: blog.description,
    language: blog.language,
    timezone: blog.timezone,
    postsPerPage: blog.postsPerPage,
    commentPolicy: blog.commentPolicy,
    allowedOrigins: blog.allowedOrigins,
    updatedAt: blog.updatedAt,
  };
}
export type PublicBlogSettings = ReturnType<typeof publicBlogSettings>;

/**
 * Saves the blog's settings. Every page shows some of them. A new timezone moves posts between
 * archive months (and dates between days), so their months are computed again.
 */
export async function updateBlogSettings(db: Db, rawInput: TBlogUpdateInput) {
  const input = ZBlogUpdateInputSchema.parse(rawInput);
  const previous = await getBlog(db);
  const updated = await withChanges(db, async (tx, announce) => {
    const blog = await tx.blog.update({ where: { id: BLOG_ID }, data: input });
    if (blog.timezone !== previous.timezone) await forgetArchiveMonths(tx);
    announce({ type: "settings.changed" });
    return blog;
  });
  if (updated.timezone !== previous.timezone) await fillMissingArchiveMonths(db, updated.timezone);
  return publicBlogSettings(updated);
}

/** The blog's icon as the owner chose it from the media library, or null (Crestwood's own). */
export async function getBlogFavicon(db: Db) {
  const blog = await db.blog.findUnique({ where: { id: BLOG_ID }, select: { faviconMedia: { select: { variants: true } } } });
  return faviconOf(blog?.faviconMedia ?? null);
}

/** Sets (or, with null, clears) the blog's icon; it must be an image in the media library. */
export async function setBlogFavicon(db: Db, rawInput: TBlogFaviconInput) {
  const input = ZBlogFaviconInputSchema.parse(rawInput);
  if (input.mediaId) {
    const media = await db.media.findUnique({ where: { id: input.mediaId }, select: { id: true } });
    if (!media) throw new AppError("NOT_FOUND", "No such image in the media library.", { field: "mediaId" });
  }
  await getBlog(db);
  await withChanges(db, async (tx, announce) => {
    await tx.blog.update({ where: { id: BLOG_ID }, data: { faviconMediaId: input.mediaId } });
    // Every page links the icon.
    announce({ type: "settings.changed" });
  });
  return getBlogFavicon(db);
}

/** The comment spam settings, for the owner's settings page (the Akismet key included). */
export function spamSettings(blog: Blog) {
  return { commentMaxLinks: blog.commentMaxLinks, commentBlocklist: blog.commentBlocklist, akismetKey: blog.akismetKey };
}

export async function updateSpamSettings(db: Db, rawInput: TSpamSettingsInput) {
  const input = ZSpamSettingsInputSchema.parse(rawInput);
  await getBlog(db);
  return spamSettings(await db.blog.update({ where: { id: BLOG_ID }, data: input }));
}
