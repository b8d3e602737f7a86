import { createTRPCRouter, publicProcedure } from "../trpc";
import { getBlog, getBlogFavicon, publicBlogSettings } from "../services/blog";
import { getSitemap, listSitemapEntries } from "../services/sitemap";
import { getOwnerProfile } from "../services/profile";
import { z } from "zod";

export const blogRouter = createTRPCRouter({
  settings: publicProcedure.query(async ({ ctx }) => publicBlogSettings(await getBlog(ctx.db))),
  /** The icon the owner chose (an image's smallest PNG/JPEG), or null for Crestwood's own. */
  favicon: publicProcedure.query(({ ctx }) => getBlogFavicon(ctx.db)),
  /** Addresses for sitemap.xml: home, posts, pages and labels with their last change. */
  sitemap: publicProcedure.query(({ ctx }) => listSitemapEntries(ctx.db)),
  /** The owner's profile for the "About me" widget; null when there is nothing to show. */
  profile: publicProcedure.query(({ ctx }) => getOwnerProfile(ctx.db)),
  /** /sitemap.xml (the index, no page) and /sitemap.xml?page=N (a page of addresses, null past the end). */
  sitemapPage: publicProcedure
    .input(z.object({ page: z.number().int().min(1).max(1_000_000).optional() }))
    .query(({ ctx, input }) => getSitemap(ctx.db, input.page)),
});
