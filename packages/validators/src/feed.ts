import { z } from "zod";
import { POST_PAGE_SIZE_MAX, ZPageCursorSchema } from "./post";

/** Entries in a feed unless `max-results` asks for another number (Blogger's default too). */
export const FEED_SIZE_DEFAULT = 25;

export const ZFeedInputSchema = z.object({
  /** Posts (of the whole blog or one label) or comments (of the whole blog or one post). */
  feed: z.enum(["posts", "comments"]),
  label: z.string().trim().min(1).max(200).optional(),
  postId: z.string().trim().min(1).max(100).optional(),
  format: z.enum(["atom", "rss"]).default("atom"),
  limit: z.number().int().min(1).max(POST_PAGE_SIZE_MAX).default(FEED_SIZE_DEFAULT),
  /** The entries after this one (Blogger's `updated-max`): feeds page like the lists. */
  olderThan: ZPageCursorSchema.optional(),
});
export type TFeedInput = z.input<typeof ZFeedInputSchema>;
