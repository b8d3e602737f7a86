import { createTRPCRouter, publicProcedure } from "../trpc";
import { getBlog, publicBlogSettings } from "../services/blog";
import { listSitemapEntries } from "../services/sitemap";

export const blogRouter = createTRPCRouter({
  settings: publicProcedure.query(async ({ ctx }) => publicBlogSettings(await getBlog(ctx.db))),
  /** Addresses for sitemap.xml: home, posts, pages and labels with their last change. */
  sitemap: publicProcedure.query(({ ctx }) => listSitemapEntries(ctx.db)),
});
