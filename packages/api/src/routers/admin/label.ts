import { ZLabelDeleteInputSchema, ZLabelMergeInputSchema, ZLabelUpdateInputSchema } from "@crestwood/validators";
import { adminProcedure, authorProcedure, createTRPCRouter } from "../../trpc";
import { deleteLabel, listAdminLabels, mergeLabels, renameLabel } from "../../services/label-admin";

/** Labels change every post that carries them, so only the owner renames, merges and deletes. */
export const adminLabelRouter = createTRPCRouter({
  list: authorProcedure.query(({ ctx }) => listAdminLabels(ctx.db)),
  update: adminProcedure.input(ZLabelUpdateInputSchema).mutation(({ ctx, input }) => renameLabel(ctx.db, input)),
  merge: adminProcedure.input(ZLabelMergeInputSchema).mutation(({ ctx, input }) => mergeLabels(ctx.db, input)),
  delete: adminProcedure.input(ZLabelDeleteInputSchema).mutation(async ({ ctx, input }) => {
    await deleteLabel(ctx.db, input.id);
    return { id: input.id };
  }),
});
