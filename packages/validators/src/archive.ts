import { z } from "zod";

export const ZLegacyPathInputSchema = z.object({ path: z.string().trim().startsWith("/").max(500) });
export type TLegacyPathInput = z.infer<typeof ZLegacyPathInputSchema>;

/** The archive widget, with the titles of one month ("2009-02"; the newest when not given). */
export const ZArchiveInputSchema = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional() }).optional();
export type TArchiveInput = z.infer<typeof ZArchiveInputSchema>;
