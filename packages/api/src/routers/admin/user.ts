import { ZUserCreateInputSchema, ZUserDeleteInputSchema, ZUserSetRoleInputSchema } from "@crestwood/validators";
import { createTRPCRouter, sessionOwnerProcedure } from "../../trpc";
import { createUser, deleteUser, listUsers, setUserRole } from "../../services/accounts";

/**
 * Accounts: the owner adds and removes authors and owners, and changes roles. In person only (a
 * session; the CLI on the server): a token that could make accounts would let a leaked one leave
 * an account behind that outlives the token's revocation.
 */
export const adminUserRouter = createTRPCRouter({
  list: sessionOwnerProcedure.query(({ ctx }) => listUsers(ctx.db)),
  create: sessionOwnerProcedure.input(ZUserCreateInputSchema).mutation(({ ctx, input }) => createUser(ctx.db, input)),
  setRole: sessionOwnerProcedure.input(ZUserSetRoleInputSchema).mutation(({ ctx, input }) => setUserRole(ctx.db, input.id, input.role)),
  delete: sessionOwnerProcedure.input(ZUserDeleteInputSchema).mutation(async ({ ctx, input }) => {
    await deleteUser(ctx.db, ctx.user, input.id);
    return { id: input.id };
  }),
});
