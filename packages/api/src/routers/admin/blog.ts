import { ZBlogFaviconInputSchema, ZBlogUpdateInputSchema, ZSpamSettingsInputSchema } from "@crestwood/validators";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { getBlog, getBlogFavicon, publicBlogSettings, setBlogFavicon, spamSettings, updateBlogSettings, updateSpamSettings } from "../../services/blog";

export const adminBlogRouter = createTRPCRouter({
  settings: adminProcedure.query(async ({ ctx }) => publicBlogSettings(await getBlog(ctx.db))),
  update: adminProcedure.input(ZBlogUpdateInputSchema).mutation(({ ctx, input }) => updateBlogSettings(ctx.db, input)),
  favicon: adminProcedure.query(async ({ ctx }) => {
    const blog = await ctx.db.blog.findUnique({ where: { id: 1 }, select: { faviconMediaId: true } });
    return { mediaId: blog?.faviconMediaId ?? null, icon: await getBlogFavicon(ctx.db) };
  }),
  setFavicon: adminProcedure.input(ZBlogFaviconInputSchema).mutation(({ ctx, input }) => setBlogFavicon(ctx.db, input)),
  /** Links allowed before a comment waits for moderation, the blocklist, and the Akismet key. */
  spamSettings: adminProcedure.query(async ({ ctx }) => spamSettings(await getBlog(ctx.db))),
  updateSpam: adminProcedure.input(ZSpamSettingsInputSchema).mutation(({ ctx, input }) => updateSpamSettings(ctx.db, input)),
});
