import { ZApiTokenCreateInputSchema, ZApiTokenRevokeInputSchema } from "@crestwood/validators";
import { createTRPCRouter, sessionOwnerProcedure } from "../../trpc";
import { createApiToken, listApiTokens, revokeApiToken } from "../../services/api-tokens";

/**
 * Managing tokens takes the owner in person (a session, or the CLI on the server): a token that
 * could mint tokens would let a leaked one outlive its own revocation.
 */
const tokenAdminProcedure = sessionOwnerProcedure;

/** API tokens for scripts: created (the secret shown once), listed (never the secret) and revoked by the owner. */
export const adminTokenRouter = createTRPCRouter({
  list: tokenAdminProcedure.query(({ ctx }) => listApiTokens(ctx.db)),
  create: tokenAdminProcedure.input(ZApiTokenCreateInputSchema).mutation(({ ctx, input }) => createApiToken(ctx.db, ctx.user, input)),
  revoke: tokenAdminProcedure.input(ZApiTokenRevokeInputSchema).mutation(({ ctx, input }) => revokeApiToken(ctx.db, input.id)),
});
