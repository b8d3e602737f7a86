import { ZAutosaveInputSchema, ZRevisionByIdInputSchema, ZRevisionDiffInputSchema, ZRevisionListInputSchema, ZRevisionRestoreInputSchema } from "@crestwood/validators";
import { adminProcedure, authorProcedure, createTRPCRouter } from "../../trpc";
import { restoreRevision } from "../../services/post-admin";
import { autosavePost, diffRevisions, discardAutosave, findNewerAutosave, getRevision, listRevisions, revisionStorage } from "../../services/revisions";

/** A post's history: autosave, revisions, diffs between any two, restore. */
export const adminRevisionRouter = createTRPCRouter({
  /** The editor's unsaved work (never changes the post itself). */
  autosave: authorProcedure.input(ZAutosaveInputSchema).mutation(({ ctx, input }) => autosavePost(ctx.db, ctx.user, input)),
  /** The caller's autosave when it is newer than the post's last save (work a closed tab left behind). */
  autosaved: authorProcedure.input(ZRevisionListInputSchema).query(({ ctx, input }) => findNewerAutosave(ctx.db, ctx.user, input.postId)),
  discardAutosave: authorProcedure.input(ZRevisionListInputSchema).mutation(async ({ ctx, input }) => {
    await discardAutosave(ctx.db, ctx.user, input.postId);
    return { postId: input.postId };
  }),
  list: authorProcedure.input(ZRevisionListInputSchema).query(({ ctx, input }) => listRevisions(ctx.db, ctx.user, input.postId)),
  byId: authorProcedure.input(ZRevisionByIdInputSchema).query(({ ctx, input }) => getRevision(ctx.db, ctx.user, input.id)),
  diff: authorProcedure.input(ZRevisionDiffInputSchema).query(({ ctx, input }) => diffRevisions(ctx.db, ctx.user, input)),
  /** Makes the revision's content the post's again, as a new revision. */
  restore: authorProcedure.input(ZRevisionRestoreInputSchema).mutation(({ ctx, input }) => restoreRevision(ctx.db, ctx.user, input)),
  /** How many revisions there are and how much room they take. */
  storage: adminProcedure.query(({ ctx }) => revisionStorage(ctx.db)),
});
