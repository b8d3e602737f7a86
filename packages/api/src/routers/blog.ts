import { createTRPCRouter, publicProcedure } from "../trpc";
import { getBlog, getBlogFavicon, publicBlogSettings } from "../services/blog";
import { listSitemapEntries } from "../services/sitemap";

export const blogRouter = createTRPCRouter({
  settings: publicProcedure.query(async ({ ctx }) => publicBlogSettings(await getBlog(ctx.db))),
  /** The icon the owner chose (an image's smallest PNG/JPEG), or null for Crestwood's own. */
  favicon: publicProcedure.query(({ ctx }) => getBlogFavicon(ctx.db)),
  /** Addresses for sitemap.xml: home, posts, pages and labels with their last change. */
  sitemap: publicProcedure.query(({ ctx }) => listSitemapEntries(ctx.db)),
});
