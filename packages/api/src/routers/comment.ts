import { ZCommentCreateInputSchema, ZCommentListInputSchema } from "@crestwood/validators";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { createComment, listPublishedComments } from "../services/comments";
import { findVisiblePostId } from "../services/posts";

export const commentRouter = createTRPCRouter({
  list: publicProcedure.input(ZCommentListInputSchema).query(async ({ ctx, input }) => {
    const postId = await findVisiblePostId(ctx.db, input.postId);
    return listPublishedComments(ctx.db, postId);
  }),
  create: publicProcedure
    .input(ZCommentCreateInputSchema)
    .mutation(({ ctx, input }) => createComment({ db: ctx.db, clientIp: ctx.clientIp }, input)),
});
