import { createTRPCRouter, publicProcedure } from "../trpc";
import { listPages } from "../services/pages";

/** Static pages for readers (the Pages widget); a page itself is read like a post (post.bySlug). */
export const pageRouter = createTRPCRouter({
  list: publicProcedure.query(({ ctx }) => listPages(ctx.db)),
});
