import { ZUserCreateInputSchema, ZUserDeleteInputSchema, ZUserIdInputSchema, ZUserUpdateInputSchema } from "@crestwood/validators";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { createUser, deleteUser, listUsers, updateUser } from "../../services/accounts";
import { sendPasswordResetByOwner } from "../../services/password-reset";
import { publicOrigin } from "../../content/public-url";

/** Accounts: the owner adds, edits and removes authors, and sends them password links. */
export const adminUserRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),
  create: adminProcedure.input(ZUserCreateInputSchema).mutation(({ ctx, input }) => createUser(ctx.db, input)),
  /** Name and role. */
  update: adminProcedure.input(ZUserUpdateInputSchema).mutation(({ ctx, input }) => updateUser(ctx.db, input)),
  /** Mails the account a link to choose a new password (valid 72 hours, once). */
  sendPasswordReset: adminProcedure
    .input(ZUserIdInputSchema)
    .mutation(({ ctx, input }) => sendPasswordResetByOwner(ctx.db, ctx.user, input.id, publicOrigin(ctx.headers))),
  delete: adminProcedure.input(ZUserDeleteInputSchema).mutation(async ({ ctx, input }) => {
    await deleteUser(ctx.db, ctx.user, input.id);
    return { id: input.id };
  }),
});
