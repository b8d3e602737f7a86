import { TRPCError } from "@trpc/server";
import { ZMailTokenInputSchema, ZPasswordResetInputSchema, ZPasswordResetRequestInputSchema, ZSetupInputSchema, ZSetupLinkCheckInputSchema, ZSignInInputSchema } from "@crestwood/validators";
import { authorProcedure, createTRPCRouter, publicProcedure, type Context } from "../trpc";
import type { Caller } from "../auth/caller";
import { DEVICE_COOKIE, readCookie } from "../auth/session-cookie";
import { createSession, deleteSession, deleteUserSessions } from "../auth/session";
import { isSetupNeeded, setupOwner, signIn } from "../services/accounts";
import { confirmEmailChange } from "../services/account";
import { checkPasswordResetToken, requestPasswordReset, resetPassword } from "../services/password-reset";
import { publicOrigin } from "../content/public-url";
import { isSetupTokenValid } from "../services/setup-link";

function cookieJar(ctx: Context) {
  if (!ctx.sessionCookies) throw new Error("This transport cannot set the session cookie (no sessionCookies in the context).");
  return ctx.sessionCookies;
}

/** Signing out ends sessions; a script holding an API token is told to revoke the token instead. */
function refuseTokenCaller(caller: Caller | null) {
  if (caller?.via === "token") {
    throw new TRPCError({ code: "FORBIDDEN", message: "An API token cannot be signed out: revoke it in /admin/tokens or with `pnpm crestwood token revoke`." });
  }
}

/** Signing in and out. Sessions live in the database; the browser holds a random token in a cookie. */
export const authRouter = createTRPCRouter({
  /** Whether the blog still needs its owner, and who is signed in (null: nobody). */
  status: publicProcedure.query(async ({ ctx }) => {
    const [setupNeeded, caller] = await Promise.all([isSetupNeeded(ctx.db), ctx.getCaller()]);
    return { setupNeeded, user: caller?.user ?? null };
  }),
  /** Whether a setup link (its token) can make the owner now: the setup page shows its form only then. */
  setupLinkValid: publicProcedure.input(ZSetupLinkCheckInputSchema).query(async ({ ctx, input }) => ({
    valid: (await isSetupNeeded(ctx.db)) && (await isSetupTokenValid(ctx.db, input.token)),
  })),
  /** The one-time setup of a fresh blog, with the setup link's token: makes the owner and signs them in. */
  setup: publicProcedure.input(ZSetupInputSchema).mutation(async ({ ctx, input }) => {
    const jar = cookieJar(ctx);
    const user = await setupOwner(ctx.db, input);
    const session = await createSession(ctx.db, user.id, new Date(), ctx.headers.get("user-agent"));
    await jar.set(session.token, session.expiresAt);
    return user;
  }),
  signIn: publicProcedure.input(ZSignInInputSchema).mutation(async ({ ctx, input }) => {
    const jar = cookieJar(ctx);
    // A session presented with the sign-in is replaced, never reused (no session fixation).
    const previous = await ctx.getCaller();
    const { user, token, expiresAt, device } = await signIn(
      { db: ctx.db, clientIp: ctx.clientIp, userAgent: ctx.headers.get("user-agent"), deviceToken: readCookie(ctx.headers, DEVICE_COOKIE) },
      input,
    );
    if (previous?.via === "session") await deleteSession(ctx.db, previous.sessionId);
    await jar.set(token, expiresAt);
    await jar.setDevice(device.token, device.expiresAt);
    return user;
  }),
  /** Ends this browser's session (the token is worthless afterwards). Signed out already is fine. */
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    const jar = cookieJar(ctx);
    const caller = await ctx.getCaller();
    refuseTokenCaller(caller);
    if (caller?.via === "session") await deleteSession(ctx.db, caller.sessionId);
    await jar.clear();
    return { signedOut: true };
  }),
  /**
   * "Forgot your password?": mails a single-use link if the address has an account. The answer
   * is the same either way, so nobody learns which addresses have accounts.
   */
  requestPasswordReset: publicProcedure
    .input(ZPasswordResetRequestInputSchema)
    .mutation(({ ctx, input }) => requestPasswordReset({ db: ctx.db, clientIp: ctx.clientIp, origin: publicOrigin(ctx.headers) }, input)),
  /** Whether a reset link still works (the reset page asks before showing its form). */
  checkPasswordReset: publicProcedure.input(ZMailTokenInputSchema).query(({ ctx, input }) => checkPasswordResetToken(ctx.db, input.token)),
  /** Sets a new password with a reset link's token; every session of the account ends. */
  resetPassword: publicProcedure.input(ZPasswordResetInputSchema).mutation(({ ctx, input }) => resetPassword({ db: ctx.db, origin: publicOrigin(ctx.headers) }, input)),
  /** The link in the mail sent to a new address: the account's address changes to it. */
  confirmEmail: publicProcedure.input(ZMailTokenInputSchema).mutation(({ ctx, input }) => confirmEmailChange(ctx.db, input.token)),
  /** Ends every session of the caller, on every device. */
  signOutEverywhere: authorProcedure.mutation(async ({ ctx }) => {
    refuseTokenCaller(ctx.caller);
    const jar = cookieJar(ctx);
    await deleteUserSessions(ctx.db, ctx.user.id);
    await jar.clear();
    return { signedOut: true };
  }),
});
