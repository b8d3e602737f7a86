import { ZBlogUpdateInputSchema } from "@crestwood/validators";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { getBlog, publicBlogSettings, updateBlogSettings } from "../../services/blog";

export const adminBlogRouter = createTRPCRouter({
  settings: adminProcedure.query(async ({ ctx }) => publicBlogSettings(await getBlog(ctx.db))),
  update: adminProcedure.input(ZBlogUpdateInputSchema).mutation(({ ctx, input }) => updateBlogSettings(ctx.db, input)),
});
