import { z } from "zod";

export const BLOG_LIMITS = { title: 200, description: 500, postsPerPageMax: 100 } as const;

/** An IANA timezone name that this runtime knows ("Europe/Stockholm", "UTC"); offsets and abbreviations are refused. */
export function isIanaTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const ZBlogUpdateInputSchema = z.object({
  title: z.string().trim().min(1, { error: "Enter a title." }).max(BLOG_LIMITS.title),
  description: z.string().trim().max(BLOG_LIMITS.description),
  language: z.enum(["sv", "en"]),
  timezone: z.string().trim().refine(isIanaTimeZone, { error: "Enter a timezone name such as Europe/Stockholm." }),
  postsPerPage: z.coerce.number().int().min(1).max(BLOG_LIMITS.postsPerPageMax),
  commentPolicy: z.enum(["open", "moderated", "closed"]),
});
export type TBlogUpdateInput = z.input<typeof ZBlogUpdateInputSchema>;

/** The blog's icon: an image from the media library, or null for Crestwood's own. */
export const ZBlogFaviconInputSchema = z.object({ mediaId: z.string().min(1).max(100).nullable() });
export type TBlogFaviconInput = z.infer<typeof ZBlogFaviconInputSchema>;
