import { createTRPCRouter, publicProcedure } from "../trpc";
import { getBlog, publicBlogSettings } from "../services/blog";
import { listSitemapEntries } from "../services/sitemap";
import { getOwnerProfile } from "../services/profile";

export const blogRouter = createTRPCRouter({
  settings: publicProcedure.query(async ({ ctx }) => publicBlogSettings(await getBlog(ctx.db))),
  /** Addresses for sitemap.xml: home, posts, pages and labels with their last change. */
  sitemap: publicProcedure.query(({ ctx }) => listSitemapEntries(ctx.db)),
  /** The owner's profile for the "About me" widget; null when there is nothing to show. */
  profile: publicProcedure.query(({ ctx }) => getOwnerProfile(ctx.db)),
});
