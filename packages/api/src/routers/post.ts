import { ZArchiveInputSchema, ZPostByIdInputSchema, ZPostBySlugInputSchema, ZPostListInputSchema, ZPostSearchInputSchema } from "@crestwood/validators";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { getArchive } from "../services/archive";
import { getPostById, getPostBySlug, getPostNeighbours, listPosts } from "../services/posts";
import { searchPosts } from "../services/search";

/** The public read API: what readers (and scripts without a token) see; never drafts. */
export const postRouter = createTRPCRouter({
  list: publicProcedure.input(ZPostListInputSchema).query(({ ctx, input }) => listPosts(ctx.db, input)),
  bySlug: publicProcedure.input(ZPostBySlugInputSchema).query(({ ctx, input }) => getPostBySlug(ctx.db, input.slug)),
  byId: publicProcedure.input(ZPostByIdInputSchema).query(({ ctx, input }) => getPostById(ctx.db, input.id)),
  /** The posts published just before and after this one, for "Äldre inlägg" / "Nyare inlägg". */
  neighbours: publicProcedure.input(ZPostByIdInputSchema).query(({ ctx, input }) => getPostNeighbours(ctx.db, input.id)),
  /** Years → months with post counts, and one month's titles (the newest, or `month`): the archive widget. */
  archive: publicProcedure.input(ZArchiveInputSchema).query(({ ctx, input }) => getArchive(ctx.db, { openMonth: input?.month })),
  /** Full-text search over titles and bodies, ranked, with highlighted snippets. */
  search: publicProcedure.input(ZPostSearchInputSchema).query(({ ctx, input }) => searchPosts(ctx.db, input)),
});
