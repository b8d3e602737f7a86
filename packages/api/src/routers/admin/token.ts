import { ZApiTokenCreateInputSchema, ZApiTokenRevokeInputSchema } from "@crestwood/validators";
import { TRPCError } from "@trpc/server";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { createApiToken, listApiTokens, revokeApiToken } from "../../services/api-tokens";

/**
 * Managing tokens takes the owner in person (a session, or the CLI on the server): a token that
 * could mint tokens would let a leaked one outlive its own revocation.
 */
const tokenAdminProcedure = adminProcedure.use(({ ctx, next }) => {
  if (ctx.caller.via !== "session") {
    throw new TRPCError({ code: "FORBIDDEN", message: "API tokens cannot manage API tokens: sign in to /admin or use `pnpm crestwood token`." });
  }
  return next();
});

/** API tokens for scripts: created (the secret shown once), listed (never the secret) and revoked by the owner. */
export const adminTokenRouter = createTRPCRouter({
  list: tokenAdminProcedure.query(({ ctx }) => listApiTokens(ctx.db)),
  create: tokenAdminProcedure.input(ZApiTokenCreateInputSchema).mutation(({ ctx, input }) => createApiToken(ctx.db, ctx.user, input)),
  revoke: tokenAdminProcedure.input(ZApiTokenRevokeInputSchema).mutation(({ ctx, input }) => revokeApiToken(ctx.db, input.id)),
});
