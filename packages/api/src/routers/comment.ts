import { ZCommentCreateInputSchema, ZCommentListInputSchema, ZCommentPageInputSchema } from "@crestwood/validators";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { createComment, listCommentPage, listPublishedComments } from "../services/comments";
import { findVisiblePostId } from "../services/posts";

export const commentRouter = createTRPCRouter({
  list: publicProcedure.input(ZCommentListInputSchema).query(async ({ ctx, input }) => {
    const postId = await findVisiblePostId(ctx.db, input.postId);
    return listPublishedComments(ctx.db, postId);
  }),
  /** One page of a post's comments (200 per page), with the total and the number of pages. */
  page: publicProcedure.input(ZCommentPageInputSchema).query(async ({ ctx, input }) => {
    const postId = await findVisiblePostId(ctx.db, input.postId);
    return listCommentPage(ctx.db, postId, input.page, input.replyTo);
  }),
  create: publicProcedure
    .input(ZCommentCreateInputSchema)
    .mutation(({ ctx, input }) => createComment({ db: ctx.db, clientIp: ctx.clientIp }, input)),
});
