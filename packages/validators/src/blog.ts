import { z } from "zod";

export const BLOG_LIMITS = { title: 200, description: 500, postsPerPageMax: 100, allowedOrigins: 10 } as const;

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

/**
 * Origins for gadgets and analytics, one per line (or separated by spaces or commas): each an
 * https:// origin without path, as a Content-Security-Policy source; kept one per line, in order.
 */
export const ZAllowedOriginsSchema = z
  .string()
  .max(2_000)
  .transform((text, ctx) => {
    const origins: string[] = [];
    for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
      const url = URL.canParse(entry) ? new URL(entry) : null;
      if (!url || url.protocol !== "https:" || url.origin === "null" || entry.replace(/\/$/, "") !== url.origin || !/^[a-z0-9.-]+(:\d+)?$/i.test(url.host)) {
        ctx.addIssue({ code: "custom", message: `"${entry}" is not an https:// origin (like https://analytics.example.com, without a path).` });
        return z.NEVER;
      }
      if (!origins.includes(url.origin)) origins.push(url.origin);
    }
    if (origins.length > BLOG_LIMITS.allowedOrigins) {
      ctx.addIssue({ code: "custom", message: `At most ${BLOG_LIMITS.allowedOrigins} origins.` });
      return z.NEVER;
    }
    return origins.join("\n");
  });

export const ZBlogUpdateInputSchema = z.object({
  title: z.string().trim().min(1, { error: "Enter a title." }).max(BLOG_LIMITS.title),
  description: z.string().trim().max(BLOG_LIMITS.description),
  language: z.enum(["sv", "en"]),
  timezone: z.string().trim().refine(isIanaTimeZone, { error: "Enter a timezone name such as Europe/Stockholm." }),
  postsPerPage: z.coerce.number().int().min(1).max(BLOG_LIMITS.postsPerPageMax),
  commentPolicy: z.enum(["open", "moderated", "closed"]),
  allowedOrigins: ZAllowedOriginsSchema.optional(),
});
export type TBlogUpdateInput = z.input<typeof ZBlogUpdateInputSchema>;

/** The blog's icon: an image from the media library, or null for Crestwood's own. */
export const ZBlogFaviconInputSchema = z.object({ mediaId: z.string().min(1).max(100).nullable() });
export type TBlogFaviconInput = z.infer<typeof ZBlogFaviconInputSchema>;

export const SPAM_SETTINGS_LIMITS = { maxLinks: 100, blocklist: 10_000 } as const;

/** The comment spam settings (admin.blog.updateSpam): links allowed, blocklist, Akismet key. */
export const ZSpamSettingsInputSchema = z.object({
  commentMaxLinks: z.coerce
    .number({ error: "Enter a number of links." })
    .int({ error: "Enter a whole number of links." })
    .min(0, { error: "Enter 0 or more links." })
    .max(SPAM_SETTINGS_LIMITS.maxLinks, { error: `Enter at most ${SPAM_SETTINGS_LIMITS.maxLinks} links.` }),
  commentBlocklist: z.string().max(SPAM_SETTINGS_LIMITS.blocklist, { error: `The blocklist is at most ${SPAM_SETTINGS_LIMITS.blocklist} characters.` }),
  /** Empty turns Akismet off. */
  akismetKey: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : typeof value === "string" ? value.trim() : value),
    z.string().regex(/^[A-Za-z0-9]{8,64}$/, { error: "An Akismet key is 8 to 64 letters and digits." }).nullable(),
  ),
});
export type TSpamSettingsInput = z.input<typeof ZSpamSettingsInputSchema>;
