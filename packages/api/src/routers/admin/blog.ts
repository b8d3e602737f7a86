import { ZBlogUpdateInputSchema, ZSpamSettingsInputSchema } from "@crestwood/validators";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { getBlog, publicBlogSettings, spamSettings, updateBlogSettings, updateSpamSettings } from "../../services/blog";

export const adminBlogRouter = createTRPCRouter({
  settings: adminProcedure.query(async ({ ctx }) => publicBlogSettings(await getBlog(ctx.db))),
  update: adminProcedure.input(ZBlogUpdateInputSchema).mutation(({ ctx, input }) => updateBlogSettings(ctx.db, input)),
  /** Links allowed before a comment waits for moderation, the blocklist, and the Akismet key. */
  spamSettings: adminProcedure.query(async ({ ctx }) => spamSettings(await getBlog(ctx.db))),
  updateSpam: adminProcedure.input(ZSpamSettingsInputSchema).mutation(({ ctx, input }) => updateSpamSettings(ctx.db, input)),
});
