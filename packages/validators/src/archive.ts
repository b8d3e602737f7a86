import { z } from "zod";

/** A reader's address as a path ("/2009/02/x.html", "/p/om.html", "/search/label/Intranät"). */
export const ZAddressInputSchema = z.object({ path: z.string().trim().startsWith("/").max(1000) });
export type TAddressInput = z.infer<typeof ZAddressInputSchema>;

/** The archive widget, with the titles of one month ("2009-02"; the newest when not given). */
export const ZArchiveInputSchema = z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).optional() }).optional();
export type TArchiveInput = z.infer<typeof ZArchiveInputSchema>;
