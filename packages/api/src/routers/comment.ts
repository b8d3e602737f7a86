import { COMMENT_SPAM_RULES, ZCommentCreateInputSchema, ZCommentListInputSchema, ZCommentPageInputSchema } from "@crestwood/validators";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { publicOrigin } from "../content/public-url";
import { createComment, listCommentPage, listPublishedComments } from "../services/comments";
import { getBlog } from "../services/blog";
import { findVisiblePostId } from "../services/posts";
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
});
