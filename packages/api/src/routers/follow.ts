import { z } from "zod";
import { ZFollowInputSchema, ZMailTokenInputSchema } from "@crestwood/validators";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { publicOrigin } from "../content/public-url";
import { confirmFollow, readFollowLink, requestFollow, unsubscribeFollower } from "../services/followers";

/** Following the blog by e-mail, for readers: subscribe, confirm, leave. */
export const followRouter = createTRPCRouter({
  /** Sends the confirmation mail; the same answer whether or not the address already follows. */
  request: publicProcedure.input(ZFollowInputSchema).mutation(({ ctx, input }) => requestFollow({ db: ctx.db, clientIp: ctx.clientIp, origin: publicOrigin(ctx.headers) }, input)),
  /** What a link from a mail is about (its page shows a button; reading changes nothing). */
  link: publicProcedure
    .input(ZMailTokenInputSchema.extend({ purpose: z.enum(["confirm", "unsubscribe"]) }))
    .query(({ ctx, input }) => readFollowLink(ctx.db, input.purpose === "confirm" ? "follow-confirm" : "follow-unsubscribe", input.token)),
  confirm: publicProcedure.input(ZMailTokenInputSchema).mutation(({ ctx, input }) => confirmFollow(ctx.db, input.token)),
  unsubscribe: publicProcedure.input(ZMailTokenInputSchema).mutation(({ ctx, input }) => unsubscribeFollower(ctx.db, input.token)),
});
