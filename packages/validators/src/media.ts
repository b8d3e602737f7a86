import { z } from "zod";

export const MEDIA_ALT_MAX = 1000;
export const MEDIA_CAPTION_MAX = 2000;

/** Alt text: what the image shows, for readers who cannot see it. Empty marks a decorative image. */
export const ZMediaAlt = z.string().trim().max(MEDIA_ALT_MAX, { error: `Alt text is at most ${MEDIA_ALT_MAX} characters.` });
export const ZMediaCaption = z.string().trim().max(MEDIA_CAPTION_MAX, { error: `A caption is at most ${MEDIA_CAPTION_MAX} characters.` });

/** The media library: newest first, optionally only uploads whose file name or alt text contains `query`. */
export const ZMediaListInputSchema = z.object({
  query: z.string().trim().max(200).optional(),
  /** The id of the last item of the previous page. */
  cursor: z.string().min(1).optional(),
  limit: z.number().int().min(1).max(100).optional(),
});
export type TMediaListInput = z.infer<typeof ZMediaListInputSchema>;

export const ZMediaByIdInputSchema = z.object({ id: z.string().min(1) });
export type TMediaByIdInput = z.infer<typeof ZMediaByIdInputSchema>;

export const ZMediaUpdateInputSchema = z.object({ id: z.string().min(1), alt: ZMediaAlt.optional(), caption: ZMediaCaption.optional() });
export type TMediaUpdateInput = z.infer<typeof ZMediaUpdateInputSchema>;

/** Deleting an image posts still show needs `force`: without it the answer says where it is used. */
export const ZMediaDeleteInputSchema = z.object({ id: z.string().min(1), force: z.boolean().optional() });
export type TMediaDeleteInput = z.infer<typeof ZMediaDeleteInputSchema>;

/** A post's featured image (link previews, feeds); null removes it. */
export const ZPostFeaturedMediaInputSchema = z.object({ postId: z.string().min(1), mediaId: z.string().min(1).nullable() });
export type TPostFeaturedMediaInput = z.infer<typeof ZPostFeaturedMediaInputSchema>;

/** The form fields an upload (POST /api/media, multipart/form-data) may carry beside `file`. */
export const ZMediaUploadFieldsSchema = z.object({ alt: ZMediaAlt.optional(), caption: ZMediaCaption.optional() });
