import { ZEmailChangeInputSchema, ZPasswordChangeInputSchema, ZProfileUpdateInputSchema, ZSessionEndInputSchema } from "@crestwood/validators";
import { authorProcedure, createTRPCRouter } from "../../trpc";
import { changePassword, endSession, getAccount, requestEmailChange, updateProfile } from "../../services/account";
import { publicOrigin } from "../../content/public-url";

/** One's own account (/admin/account), for every signed-in author. */
export const adminAccountRouter = createTRPCRouter({
  get: authorProcedure.query(({ ctx }) => getAccount(ctx.db, ctx.user, ctx.caller.via === "session" ? ctx.caller.sessionId : null)),
  updateProfile: authorProcedure.input(ZProfileUpdateInputSchema).mutation(({ ctx, input }) => updateProfile(ctx.db, ctx.user, input)),
  /** Sends a confirmation link to the new address; nothing changes until it is clicked. */
  changeEmail: authorProcedure
    .input(ZEmailChangeInputSchema)
    .mutation(({ ctx, input }) => requestEmailChange({ db: ctx.db, origin: publicOrigin(ctx.headers) }, ctx.user, input)),
  /** Needs the current password; every other session (other browsers, devices) is signed out. */
  changePassword: authorProcedure
    .input(ZPasswordChangeInputSchema)
    .mutation(({ ctx, input }) =>
      changePassword({ db: ctx.db, origin: publicOrigin(ctx.headers) }, { user: ctx.user, sessionId: ctx.caller.via === "session" ? ctx.caller.sessionId : null }, input),
    ),
  endSession: authorProcedure.input(ZSessionEndInputSchema).mutation(async ({ ctx, input }) => {
    await endSession(ctx.db, ctx.user, input.id);
    return { id: input.id };
  }),
});
