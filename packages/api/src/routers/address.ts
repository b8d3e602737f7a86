import { ZAddressInputSchema } from "@crestwood/validators";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { resolveAddress } from "../services/addresses";

export const addressRouter = createTRPCRouter({
  /**
   * What a post, page or label address comes to: the post or label there, a permanent move to its
   * current address (renamed, re-dated, merged, imported), gone (deleted: 410), or missing (404).
   */
  resolve: publicProcedure.input(ZAddressInputSchema).query(({ ctx, input }) => resolveAddress(ctx.db, input.path)),
});
