import { ZCommentAdminListInputSchema, ZCommentDeleteInputSchema, ZCommentReplyInputSchema, ZCommentUpdateInputSchema } from "@crestwood/validators";
import { authorProcedure, createTRPCRouter } from "../../trpc";
import { publicOrigin } from "../../content/public-url";
import { deleteComment, listCommentsForModeration, replyToComment, setCommentStatus } from "../../services/comment-moderation";

/** Moderation: the owner moderates every comment, an author those on their own posts. */
export const adminCommentRouter = createTRPCRouter({
  list: authorProcedure.input(ZCommentAdminListInputSchema).query(({ ctx, input }) => listCommentsForModeration(ctx.db, ctx.user, input)),
  update: authorProcedure
    .input(ZCommentUpdateInputSchema)
    .mutation(({ ctx, input }) => setCommentStatus(ctx.db, ctx.user, input.id, input.status, publicOrigin(ctx.headers))),
  delete: authorProcedure.input(ZCommentDeleteInputSchema).mutation(async ({ ctx, input }) => {
    await deleteComment(ctx.db, ctx.user, input.id);
    return { id: input.id };
  }),
  reply: authorProcedure.input(ZCommentReplyInputSchema).mutation(({ ctx, input }) => replyToComment(ctx.db, ctx.user, input, publicOrigin(ctx.headers))),
});
