import { z } from "zod";

export const COMMENT_LIMITS = { authorName: 100, authorUrl: 300, body: 4096 } as const;

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
});
export type TCommentCreateInput = z.input<typeof ZCommentCreateInputSchema>;

export const ZCommentListInputSchema = z.object({ postId: z.string().min(1) });
export type TCommentListInput = z.infer<typeof ZCommentListInputSchema>;
