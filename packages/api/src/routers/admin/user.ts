import { ZUserCreateInputSchema, ZUserDeleteInputSchema, ZUserIdInputSchema, ZUserSetRoleInputSchema, ZUserUpdateInputSchema } from "@crestwood/validators";
import { createTRPCRouter, sessionOwnerProcedure } from "../../trpc";
import { createUser, deleteUser, listUsers, setUserRole, updateUser } from "../../services/accounts";
import { sendPasswordResetByOwner } from "../../services/password-reset";
import { publicOrigin } from "../../content/public-url";

/**
 * Accounts: the owner adds, edits and removes authors and owners, changes roles and sends password
 * links. In person only (a session; the CLI on the server): a token that could make accounts would
 * let a leaked one leave an account behind that outlives the token's revocation.
 */
export const adminUserRouter = createTRPCRouter({
  list: sessionOwnerProcedure.query(({ ctx }) => listUsers(ctx.db)),
  create: sessionOwnerProcedure.input(ZUserCreateInputSchema).mutation(({ ctx, input }) => createUser(ctx.db, input)),
  setRole: sessionOwnerProcedure.input(ZUserSetRoleInputSchema).mutation(({ ctx, input }) => setUserRole(ctx.db, input.id, input.role)),
  /** Name and role. */
  update: sessionOwnerProcedure.input(ZUserUpdateInputSchema).mutation(({ ctx, input }) => updateUser(ctx.db, input)),
  /** Mails the account a link to choose a new password (valid 72 hours, once). */
  sendPasswordReset: sessionOwnerProcedure
    .input(ZUserIdInputSchema)
    .mutation(({ ctx, input }) => sendPasswordResetByOwner(ctx.db, ctx.user, input.id, publicOrigin(ctx.headers))),
  delete: sessionOwnerProcedure.input(ZUserDeleteInputSchema).mutation(async ({ ctx, input }) => {
    await deleteUser(ctx.db, ctx.user, input.id);
    return { id: input.id };
  }),
});
