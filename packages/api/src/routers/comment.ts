import { COMMENT_SPAM_RULES, ZCommentCreateInputSchema, ZCommentListInputSchema, ZCommentPageInputSchema, ZMailTokenInputSchema } from "@crestwood/validators";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { publicOrigin } from "../content/public-url";
import { createComment, listCommentPage, listPublishedComments } from "../services/comments";
import { getBlog } from "../services/blog";
import { findVisiblePostId } from "../services/posts";
import { applyCommentActionLink, readCommentActionLink, readReplyUnsubscribe, unsubscribeReplies } from "../services/comment-notifications";
import { mintFormToken } from "../spam/form-token";

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
  /**
   * A form token for `comment.create`, as the comment form carries one: usable after
   * `usableAfterSeconds` (people take a moment to write; bots do not). Callers with an API token
   * need none.
   */
  formToken: publicProcedure.query(async ({ ctx }) => {
    const blog = await getBlog(ctx.db);
    return { formToken: mintFormToken(blog.secret), usableAfterSeconds: COMMENT_SPAM_RULES.minFillSeconds, validForSeconds: COMMENT_SPAM_RULES.maxFormAgeSeconds };
  }),
  create: publicProcedure.input(ZCommentCreateInputSchema).mutation(async ({ ctx, input }) => {
    const caller = await ctx.getCaller();
    return createComment(
      {
        db: ctx.db,
        clientIp: ctx.clientIp,
        trustedCaller: caller?.via === "token",
        request: { origin: publicOrigin(ctx.headers), userAgent: ctx.headers.get("user-agent"), referrer: ctx.headers.get("referer") },
      },
      input,
    );
  }),
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
