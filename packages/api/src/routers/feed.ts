import { ZFeedInputSchema } from "@crestwood/validators";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { publicOrigin } from "../content/public-url";
import { renderFeed } from "../feeds/load";

export const feedRouter = createTRPCRouter({
  /** One of Blogger's four feeds as an Atom or RSS document, links absolute to the blog's origin. */
  render: publicProcedure.input(ZFeedInputSchema).query(({ ctx, input }) => renderFeed(ctx.db, input, publicOrigin(ctx.headers))),
});
