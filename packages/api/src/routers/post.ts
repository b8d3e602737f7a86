import { ZPostBySlugInputSchema, ZPostListInputSchema } from "@crestwood/validators";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { getPostBySlug, listPosts } from "../services/posts";

export const postRouter = createTRPCRouter({
  list: publicProcedure.input(ZPostListInputSchema).query(({ ctx, input }) => listPosts(ctx.db, input)),
  bySlug: publicProcedure.input(ZPostBySlugInputSchema).query(({ ctx, input }) => getPostBySlug(ctx.db, input.slug)),
});
