import { ZTrashItemInputSchema } from "@crestwood/validators";
import { authorProcedure, createTRPCRouter } from "../../trpc";
import { deleteFromTrash, listTrash, restoreComment, restorePost } from "../../services/trash";

/** The trash: what was deleted in the last 30 days, to restore or delete for good. */
export const adminTrashRouter = createTRPCRouter({
  list: authorProcedure.query(({ ctx }) => listTrash(ctx.db, ctx.user)),
  restore: authorProcedure.input(ZTrashItemInputSchema).mutation(async ({ ctx, input }) => {
    if (input.kind === "post") await restorePost(ctx.db, ctx.user, input.id);
    else await restoreComment(ctx.db, ctx.user, input.id);
    return input;
  }),
  deletePermanently: authorProcedure.input(ZTrashItemInputSchema).mutation(async ({ ctx, input }) => {
    await deleteFromTrash(ctx.db, ctx.user, input);
    return input;
  }),
});
