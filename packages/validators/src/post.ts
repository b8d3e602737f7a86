import { z } from "zod";

export const POST_PAGE_SIZE_MAX = 100;

export const ZPostListInputSchema = z.object({
  /** Posts published strictly before this instant (Blogger's `updated-max` paging). */
  before: z.coerce.date().optional(),
  /** Defaults to the blog's "posts per page" setting. */
  limit: z.number().int().min(1).max(POST_PAGE_SIZE_MAX).optional(),
  /** Only posts carrying this label (by name, as in /search/label/<name>). */
  label: z.string().trim().min(1).max(200).optional(),
});
export type TPostListInput = z.infer<typeof ZPostListInputSchema>;

export const ZPostBySlugInputSchema = z.object({ slug: z.string().trim().min(1).max(200) });
export type TPostBySlugInput = z.infer<typeof ZPostBySlugInputSchema>;
