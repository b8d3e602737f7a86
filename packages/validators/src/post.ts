import { z } from "zod";
import { LABEL_NAME_MAX, ZLabelName } from "./label";
import { SLUG_PATTERN } from "./slug";

export const POST_PAGE_SIZE_MAX = 100;

/**
 * A place in a list ordered newest first: a post's publication time and its id, which tells apart
 * posts published at the same instant. Without the id (Blogger's `updated-max` links), the time alone.
 */
export const ZPageCursorSchema = z.object({
  at: z.coerce.date(),
  id: z.string().min(1).max(100).optional(),
});
export type TPageCursor = z.infer<typeof ZPageCursorSchema>;

export const ZPostListInputSchema = z.object({
  /** The posts after this one, going back in time (Blogger's "Older posts": `updated-max`). */
  olderThan: ZPageCursorSchema.optional(),
  /** The posts just before this one, going forward in time ("Newer posts"). */
  newerThan: ZPageCursorSchema.optional(),
  /** Only posts published at or after this instant (archive pages: the start of the year or month). */
  from: z.coerce.date().optional(),
  /** Only posts published before this instant (archive pages: the start of the next period). */
  to: z.coerce.date().optional(),
  /** Defaults to the blog's "posts per page" setting. */
  limit: z.number().int().min(1).max(POST_PAGE_SIZE_MAX).optional(),
  /** Only posts carrying this label (by name, as in /search/label/<name>). */
  label: z.string().trim().min(1).max(200).optional(),
});
export type TPostListInput = z.infer<typeof ZPostListInputSchema>;

export const ZPostBySlugInputSchema = z.object({ slug: z.string().trim().min(1).max(200) });
export type TPostBySlugInput = z.infer<typeof ZPostBySlugInputSchema>;

export const POST_LIMITS = { title: 200, slug: 200, bodyHtml: 500_000, labels: 20 } as const;
export const POST_STATUSES = ["draft", "scheduled", "published"] as const;
/** A post (dated, in lists and feeds, at /YYYY/MM/slug.html) or a static page (/p/slug.html). */
export const POST_KINDS = ["post", "page"] as const;

/**
 * A post as the editor saves it. `status` is what the author asks for: "published" with a future
 * date becomes "scheduled"; a scheduled post appears by itself when its time comes. Without a
 * slug one is made from the title (on update: only while the post is a draft; a live post keeps its own).
 */
export const ZPostCreateInputSchema = z.object({
  title: z.string().trim().min(1, { error: "Enter a title." }).max(POST_LIMITS.title),
  slug: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string()
      .trim()
      .max(POST_LIMITS.slug)
      .regex(SLUG_PATTERN, { error: "Use lower-case letters, digits, dashes and underscores." })
      .optional(),
  ),
  bodyHtml: z.string().max(POST_LIMITS.bodyHtml, { error: "The post is too long." }),
  labels: z.array(ZLabelName).max(POST_LIMITS.labels, { error: `At most ${POST_LIMITS.labels} labels.` }).default([]),
  status: z.enum(POST_STATUSES),
  publishedAt: z.coerce.date().nullish(),
  kind: z.enum(POST_KINDS).default("post"),
});
export type TPostCreateInput = z.input<typeof ZPostCreateInputSchema>;

/**
 * An update changes everything but the kind: a page stays a page. `baseVersion` is the post's
 * version the editor started from: a save on top of a newer one (someone else saved meanwhile) is
 * refused with CONFLICT instead of overwriting their work. Scripts may leave it out to save
 * unconditionally.
 */
export const ZPostUpdateInputSchema = ZPostCreateInputSchema.omit({ kind: true }).extend({ id: z.string().min(1), baseVersion: z.coerce.number().int().min(1).optional() });
export type TPostUpdateInput = z.input<typeof ZPostUpdateInputSchema>;

export const ZPostByIdInputSchema = z.object({ id: z.string().min(1) });
export type TPostByIdInput = z.infer<typeof ZPostByIdInputSchema>;

export const ADMIN_PAGE_SIZE = 20;

/** The admin's list of every post: search by title, filter by label and status, page by number. */
export const ZPostAdminListInputSchema = z.object({
  query: z.string().trim().max(200).optional(),
  label: z.string().trim().max(LABEL_NAME_MAX).optional(),
  status: z.enum(POST_STATUSES).optional(),
  /** Posts (the default) or static pages: each has its own list. */
  kind: z.enum(POST_KINDS).default("post"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(POST_PAGE_SIZE_MAX).default(ADMIN_PAGE_SIZE),
});
export type TPostAdminListInput = z.input<typeof ZPostAdminListInputSchema>;

export const SEARCH_QUERY_MAX = 200;

export const ZPostSearchInputSchema = z.object({
  /** What the reader typed into the search box; any characters are fine (they are never syntax). */
  q: z
    .string()
    .trim()
    .min(1, { error: "Type something to search for." })
    .max(SEARCH_QUERY_MAX, { error: `A search is at most ${SEARCH_QUERY_MAX} characters.` }),
  limit: z.number().int().min(1).max(POST_PAGE_SIZE_MAX).default(20),
});
export type TPostSearchInput = z.input<typeof ZPostSearchInputSchema>;

/** A post (or page) or a comment in the trash. */
export const ZTrashItemInputSchema = z.object({ kind: z.enum(["post", "comment"]), id: z.string().min(1).max(64) });
export type TTrashItemInput = z.input<typeof ZTrashItemInputSchema>;

/** The editor's autosave: work in progress, so an empty title is fine. */
export const ZAutosaveInputSchema = z.object({
  postId: z.string().min(1).max(64),
  title: z.string().max(POST_LIMITS.title),
  slug: z.string().trim().max(POST_LIMITS.slug).optional(),
  bodyHtml: z.string().max(POST_LIMITS.bodyHtml, { error: "The post is too long." }),
  labels: z.array(z.string().trim().min(1).max(LABEL_NAME_MAX)).max(POST_LIMITS.labels).default([]),
  baseVersion: z.coerce.number().int().min(1),
});
export type TAutosaveInput = z.input<typeof ZAutosaveInputSchema>;

export const ZRevisionListInputSchema = z.object({ postId: z.string().min(1).max(64) });
export const ZRevisionByIdInputSchema = z.object({ id: z.string().min(1).max(64) });
export const ZRevisionDiffInputSchema = z.object({ fromId: z.string().min(1).max(64), toId: z.string().min(1).max(64) });
/** Brings a revision back as the post's content (a new revision); `baseVersion` as for updates. */
export const ZRevisionRestoreInputSchema = z.object({ id: z.string().min(1).max(64), baseVersion: z.coerce.number().int().min(1).optional() });
export type TRevisionRestoreInput = z.input<typeof ZRevisionRestoreInputSchema>;
/** The preview of a post, or of one of its revisions (the editor's unsaved work is its autosave). */
export const ZPostPreviewInputSchema = z.object({ id: z.string().min(1).max(64), revisionId: z.string().min(1).max(64).optional() });
