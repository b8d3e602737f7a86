import { ZCommentCreateInputSchema, ZCommentListInputSchema, ZMailTokenInputSchema } from "@crestwood/validators";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { createComment, listPublishedComments } from "../services/comments";
import { findVisiblePostId } from "../services/posts";
import { applyCommentActionLink, readCommentActionLink, readReplyUnsubscribe, unsubscribeReplies } from "../services/comment-notifications";
import { publicOrigin } from "../content/public-url";

export const commentRouter = createTRPCRouter({
  list: publicProcedure.input(ZCommentListInputSchema).query(async ({ ctx, input }) => {
    const postId = await findVisiblePostId(ctx.db, input.postId);
    return listPublishedComments(ctx.db, postId);
  }),
  create: publicProcedure
    .input(ZCommentCreateInputSchema)
    .mutation(({ ctx, input }) => createComment({ db: ctx.db, clientIp: ctx.clientIp, origin: publicOrigin(ctx.headers) }, input)),
  /**
   * Approve / spam links in comment notices: reading one changes nothing (mail scanners follow
   * links); the confirm button on its page calls applyMailAction.
   */
  mailAction: publicProcedure.input(ZMailTokenInputSchema).query(async ({ ctx, input }) => {
    const { action, comment } = await readCommentActionLink(ctx.db, input.token);
    return { action, comment };
  }),
  applyMailAction: publicProcedure.input(ZMailTokenInputSchema).mutation(({ ctx, input }) => applyCommentActionLink(ctx.db, input.token, publicOrigin(ctx.headers))),
  /** The unsubscribe link in reply notices (and their one-click List-Unsubscribe-Post). */
  replySubscription: publicProcedure.input(ZMailTokenInputSchema).query(async ({ ctx, input }) => {
    const { email } = await readReplyUnsubscribe(ctx.db, input.token);
    return { subscribed: email !== null && (await ctx.db.comment.count({ where: { email, notifyReplies: true } })) > 0 };
  }),
  unsubscribeReplies: publicProcedure.input(ZMailTokenInputSchema).mutation(({ ctx, input }) => unsubscribeReplies(ctx.db, input.token)),
});
