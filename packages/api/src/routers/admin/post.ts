import { ZPostAdminListInputSchema, ZPostByIdInputSchema, ZPostCreateInputSchema, ZPostUpdateInputSchema } from "@crestwood/validators";
import { authorProcedure, createTRPCRouter } from "../../trpc";
import { createPost, deletePost, getAdminPost, listAdminPosts, updatePost } from "../../services/post-admin";
import { getPostPreview } from "../../services/posts";

/** Writing: every signed-in author sees all posts and changes their own; the owner changes all. */
export const adminPostRouter = createTRPCRouter({
  list: authorProcedure.input(ZPostAdminListInputSchema).query(({ ctx, input }) => listAdminPosts(ctx.db, ctx.user, input)),
  byId: authorProcedure.input(ZPostByIdInputSchema).query(({ ctx, input }) => getAdminPost(ctx.db, ctx.user, input.id)),
  /** The post as readers will see it (drafts and scheduled posts too). */
  preview: authorProcedure.input(ZPostByIdInputSchema).query(({ ctx, input }) => getPostPreview(ctx.db, input.id)),
  create: authorProcedure.input(ZPostCreateInputSchema).mutation(({ ctx, input }) => createPost(ctx.db, ctx.user, input)),
  update: authorProcedure.input(ZPostUpdateInputSchema).mutation(({ ctx, input: { id, ...fields } }) => updatePost(ctx.db, ctx.user, id, fields)),
  delete: authorProcedure.input(ZPostByIdInputSchema).mutation(async ({ ctx, input }) => {
    await deletePost(ctx.db, ctx.user, input.id);
    return { id: input.id };
  }),
});
