import { z } from "zod";

export const COMMENT_LIMITS = { authorName: 100, authorUrl: 300, body: 4096, email: 254 } as const;

/**
 * Spam rules with fixed values. A form must have been shown at least `minFillSeconds` before it
 * is sent (people read and type; bots post at once), and not more than `maxFormAgeSeconds` ago.
 */
export const COMMENT_SPAM_RULES = { minFillSeconds: 3, maxFormAgeSeconds: 2 * 24 * 60 * 60 } as const;

/** Empty form fields arrive as "", which means "not given" for optional fields. */
const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const ZCommentCreateInputSchema = z.object({
  postId: z.string().min(1),
  parentId: z.preprocess(emptyToUndefined, z.string().min(1).optional()),
  authorName: z
    .string()
    .trim()
    .min(1, { error: "Enter your name." })
    .max(COMMENT_LIMITS.authorName, { error: `Name is at most ${COMMENT_LIMITS.authorName} characters.` }),
  authorUrl: z.preprocess(
    emptyToUndefined,
    z
      .url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://." })
      .max(COMMENT_LIMITS.authorUrl, { error: `Web address is at most ${COMMENT_LIMITS.authorUrl} characters.` })
      .optional(),
  ),
  body: z
    .string()
    .trim()
    .min(1, { error: "Write a comment." })
    .max(COMMENT_LIMITS.body, { error: `A comment is at most ${COMMENT_LIMITS.body} characters.` }),
  /** Never shown: for the reply notices asked for below, and for finding one person's data. */
  email: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "Enter an e-mail address, or leave the field empty." }).max(COMMENT_LIMITS.email, { error: `An e-mail address is at most ${COMMENT_LIMITS.email} characters.` }))
      .optional(),
  ),
  /** "Notify me of replies" (a checkbox: "on" when ticked). Needs `email`. */
  notifyReplies: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()).optional(),
  /**
   * A field people never see (hidden by the form's CSS) and bots fill in: it must stay empty.
   * API callers leave it out.
   */
  honeypot: z
    .string()
    .max(1000)
    .optional()
    .refine((value) => !value || value.trim() === "", { error: "Leave the field “honeypot” empty: it is there to catch automated comments." }),
  /**
   * The form's signed issued-at token (spam/form-token.ts): the form carries one, and anonymous API
   * callers get one from `comment.formToken`. Callers with an API token need none.
   */
  formToken: z.string().max(200).optional(),
}).refine((input) => !input.notifyReplies || input.email, { error: "Enter your e-mail address to get replies by mail.", path: ["email"] });
export type TCommentCreateInput = z.input<typeof ZCommentCreateInputSchema>;

export const ZCommentListInputSchema = z.object({ postId: z.string().min(1) });
export type TCommentListInput = z.infer<typeof ZCommentListInputSchema>;

/** One page of a post's comments, oldest first (Blogger shows 200 at a time). */
export const ZCommentPageInputSchema = z.object({
  postId: z.string().min(1),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  /** A comment the reader is answering ("Svara"), wherever in the thread it is. */
  replyTo: z.string().min(1).max(100).optional(),
});
export type TCommentPageInput = z.input<typeof ZCommentPageInputSchema>;

export const COMMENT_STATUSES = ["pending", "published", "spam"] as const;

export const ZCommentAdminListInputSchema = z.object({
  status: z.enum(COMMENT_STATUSES).default("pending"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type TCommentAdminListInput = z.input<typeof ZCommentAdminListInputSchema>;

/** Approve (published), mark as spam, or send back to the queue (pending). */
export const ZCommentUpdateInputSchema = z.object({ id: z.string().min(1), status: z.enum(COMMENT_STATUSES) });
export type TCommentUpdateInput = z.infer<typeof ZCommentUpdateInputSchema>;

export const ZCommentDeleteInputSchema = z.object({ id: z.string().min(1) });
export type TCommentDeleteInput = z.infer<typeof ZCommentDeleteInputSchema>;

/** The author's answer to a comment, shown threaded under it as the author's reply. */
export const ZCommentReplyInputSchema = z.object({
  commentId: z.string().min(1),
  body: z.string().trim().min(1, { error: "Write a reply." }).max(COMMENT_LIMITS.body),
});
export type TCommentReplyInput = z.input<typeof ZCommentReplyInputSchema>;
