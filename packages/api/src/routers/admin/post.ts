import { ZPostAdminListInputSchema, ZPostByIdInputSchema, ZPostCreateInputSchema, ZPostPreviewInputSchema, ZPostUpdateInputSchema } from "@crestwood/validators";
import { authorProcedure, createTRPCRouter } from "../../trpc";
import { createPost, deletePost, getAdminPost, listAdminPosts, updatePost } from "../../services/post-admin";
import { getPostPreview } from "../../services/posts";
import { getRevision } from "../../services/revisions";
import { AppError } from "../../errors";

/** Writing: every signed-in author sees all posts and changes their own; the owner changes all. */
export const adminPostRouter = createTRPCRouter({
  list: authorProcedure.input(ZPostAdminListInputSchema).query(({ ctx, input }) => listAdminPosts(ctx.db, ctx.user, input)),
  byId: authorProcedure.input(ZPostByIdInputSchema).query(({ ctx, input }) => getAdminPost(ctx.db, ctx.user, input.id)),
  /**
   * The post as readers will see it (drafts and scheduled posts too); with `revisionId`, as one of
   * its revisions would look: the editor previews its unsaved work through its autosave.
   */
  preview: authorProcedure.input(ZPostPreviewInputSchema).query(async ({ ctx, input }) => {
    const revision = input.revisionId ? await getRevision(ctx.db, ctx.user, input.revisionId) : null;
    if (revision && revision.postId !== input.id) throw new AppError("NOT_FOUND", "No such revision of this post.");
    return getPostPreview(ctx.db, input.id, revision ?? undefined);
  }),
  create: authorProcedure.input(ZPostCreateInputSchema).mutation(({ ctx, input }) => createPost(ctx.db, ctx.user, input)),
  update: authorProcedure.input(ZPostUpdateInputSchema).mutation(({ ctx, input: { id, ...fields } }) => updatePost(ctx.db, ctx.user, id, fields)),
  delete: authorProcedure.input(ZPostByIdInputSchema).mutation(async ({ ctx, input }) => {
    await deletePost(ctx.db, ctx.user, input.id);
    return { id: input.id };
  }),
});
