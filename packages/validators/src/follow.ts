import { z } from "zod";
import { ZEmail } from "./user";

/** "Follow by e-mail": the reader's address; a confirmation link goes to it (double opt-in). */
export const ZFollowInputSchema = z.object({ email: ZEmail });
export type TFollowInput = z.input<typeof ZFollowInputSchema>;

export const FOLLOWER_STATUSES = ["pending", "confirmed", "unsubscribed"] as const;
export const FOLLOWERS_PAGE_SIZE = 50;

export const ZFollowerListInputSchema = z.object({
  status: z.enum(FOLLOWER_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type TFollowerListInput = z.input<typeof ZFollowerListInputSchema>;

export const DIGEST_FREQUENCIES = ["per_post", "daily"] as const;

/** The owner's mail settings: how followers hear of new posts, how many revisions each post keeps. */
export const ZMailSettingsInputSchema = z.object({
  digestFrequency: z.enum(DIGEST_FREQUENCIES),
  /** Empty: keep every revision. */
  revisionsToKeep: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.coerce.number().int().min(1, { error: "Keep at least 1 revision, or leave empty to keep all." }).max(10_000).nullable(),
  ),
});
export type TMailSettingsInput = z.input<typeof ZMailSettingsInputSchema>;

/** One person's data, found by address (export or erase, on their request). */
export const ZPersonalDataInputSchema = z.object({ email: ZEmail });
export type TPersonalDataInput = z.input<typeof ZPersonalDataInputSchema>;
