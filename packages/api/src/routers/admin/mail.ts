import { ZFollowerListInputSchema, ZMailSettingsInputSchema, ZPersonalDataInputSchema, ZUserIdInputSchema } from "@crestwood/validators";
import { adminProcedure, createTRPCRouter } from "../../trpc";
import { describeMailTransport } from "../../mail/transport";
import { outboxSummary, retryOutboxMessage } from "../../mail/outbox";
import { followersCsv, listFollowers, removeFollower } from "../../services/followers";
import { getMailSettings, updateMailSettings } from "../../services/mail-settings";
import { erasePersonalData, exportPersonalData } from "../../services/personal-data";
import { configuredPublicUrl } from "../../content/public-url";
import { AppError } from "../../errors";

/** The owner's view of the blog's mail: where it goes, the queue, followers, settings. */
export const adminMailRouter = createTRPCRouter({
  status: adminProcedure.query(async ({ ctx }) => ({
    transport: describeMailTransport(),
    publicUrlSet: configuredPublicUrl() !== null,
    outbox: await outboxSummary(ctx.db),
  })),
  retry: adminProcedure.input(ZUserIdInputSchema).mutation(async ({ ctx, input }) => {
    if (!(await retryOutboxMessage(ctx.db, input.id))) throw new AppError("NOT_FOUND", "No failed message with that id.");
    return { id: input.id };
  }),
  settings: adminProcedure.query(({ ctx }) => getMailSettings(ctx.db)),
  updateSettings: adminProcedure.input(ZMailSettingsInputSchema).mutation(({ ctx, input }) => updateMailSettings(ctx.db, input)),
  followers: adminProcedure.input(ZFollowerListInputSchema).query(({ ctx, input }) => listFollowers(ctx.db, input)),
  /** Every follower as CSV text (the admin's export link serves it as a file). */
  followersCsv: adminProcedure.query(({ ctx }) => followersCsv(ctx.db)),
  removeFollower: adminProcedure.input(ZUserIdInputSchema).mutation(async ({ ctx, input }) => {
    await removeFollower(ctx.db, input.id);
    return { id: input.id };
  }),
  /** Everything kept about one person (commenter, follower), by address, on their request. */
  exportPersonalData: adminProcedure.input(ZPersonalDataInputSchema).query(({ ctx, input }) => exportPersonalData(ctx.db, input)),
  /** Erases it: comments stay, anonymous; the follower row and mail to the address go. */
  erasePersonalData: adminProcedure.input(ZPersonalDataInputSchema).mutation(({ ctx, input }) => erasePersonalData(ctx.db, input)),
});
