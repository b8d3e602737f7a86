import { createTRPCRouter, publicProcedure } from "../trpc";
import { getBlog, publicBlogSettings } from "../services/blog";

export const blogRouter = createTRPCRouter({
  settings: publicProcedure.query(async ({ ctx }) => publicBlogSettings(await getBlog(ctx.db))),
});
