import { z } from "zod";

export const ZLegacyPathInputSchema = z.object({ path: z.string().trim().startsWith("/").max(500) });
export type TLegacyPathInput = z.infer<typeof ZLegacyPathInputSchema>;
