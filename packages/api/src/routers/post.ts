import { ZPostBySlugInputSchema, ZPostListInputSchema, ZPostSearchInputSchema } from "@crestwood/validators";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { getPostBySlug, listPosts } from "../services/posts";
import { searchPosts } from "../services/search";

export const postRouter = createTRPCRouter({
  list: publicProcedure.input(ZPostListInputSchema).query(({ ctx, input }) => listPosts(ctx.db, input)),
  bySlug: publicProcedure.input(ZPostBySlugInputSchema).query(({ ctx, input }) => getPostBySlug(ctx.db, input.slug)),
  /** Full-text search over titles and bodies, ranked, with highlighted snippets. */
  search: publicProcedure.input(ZPostSearchInputSchema).query(({ ctx, input }) => searchPosts(ctx.db, input)),
});
