import { createTRPCRouter, publicProcedure } from "../trpc";
import { listLabels } from "../services/labels";

export const labelRouter = createTRPCRouter({
  list: publicProcedure.query(({ ctx }) => listLabels(ctx.db)),
});
