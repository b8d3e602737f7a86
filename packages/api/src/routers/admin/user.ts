import { ZUserCreateInputSchema, ZUserDeleteInputSchema } from "@crestwood/validators";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { createUser, deleteUser, listUsers } from "../../services/accounts";

/** Accounts: the owner adds and removes authors. */
export const adminUserRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),
  create: adminProcedure.input(ZUserCreateInputSchema).mutation(({ ctx, input }) => createUser(ctx.db, input)),
  delete: adminProcedure.input(ZUserDeleteInputSchema).mutation(async ({ ctx, input }) => {
    await deleteUser(ctx.db, ctx.user, input.id);
    return { id: input.id };
  }),
});
