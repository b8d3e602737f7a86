import { z } from "zod";

export const LABEL_NAME_MAX = 100;

/** A label as authors type it: shown as is and used in URLs (/search/label/<name>), as Blogger does. */
export const ZLabelName = z
  .string()
  .trim()
  .min(1, { error: "Enter a label." })
  .max(LABEL_NAME_MAX, { error: `A label is at most ${LABEL_NAME_MAX} characters.` })
  .refine((name) => !/[/?#]/.test(name), { error: "A label cannot contain / ? or #." });

export const ZLabelUpdateInputSchema = z.object({ id: z.string().min(1), name: ZLabelName });
export type TLabelUpdateInput = z.input<typeof ZLabelUpdateInputSchema>;

/** Moves every post of `sourceId` to `targetId` and removes the source label. */
export const ZLabelMergeInputSchema = z.object({ sourceId: z.string().min(1), targetId: z.string().min(1) });
export type TLabelMergeInput = z.infer<typeof ZLabelMergeInputSchema>;

export const ZLabelDeleteInputSchema = z.object({ id: z.string().min(1) });
export type TLabelDeleteInput = z.infer<typeof ZLabelDeleteInputSchema>;
