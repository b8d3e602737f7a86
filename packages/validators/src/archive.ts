import { z } from "zod";

/** A reader's address as a path ("/2009/02/x.html", "/p/om.html", "/search/label/Intranät"). */
export const ZAddressInputSchema = z.object({ path: z.string().trim().startsWith("/").max(1000) });
export type TAddressInput = z.infer<typeof ZAddressInputSchema>;
