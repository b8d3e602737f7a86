import { ZPostByIdInputSchema, ZPostBySlugInputSchema, ZPostListInputSchema } from "@crestwood/validators";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { getPostById, getPostBySlug, listPosts } from "../services/posts";

/** The public read API: what readers (and scripts without a token) see; never drafts. */
export const postRouter = createTRPCRouter({
  list: publicProcedure.input(ZPostListInputSchema).query(({ ctx, input }) => listPosts(ctx.db, input)),
  bySlug: publicProcedure.input(ZPostBySlugInputSchema).query(({ ctx, input }) => getPostBySlug(ctx.db, input.slug)),
  byId: publicProcedure.input(ZPostByIdInputSchema).query(({ ctx, input }) => getPostById(ctx.db, input.id)),
});
