import { z } from "zod";
import { PASSWORD_LIMITS, ROLES, ZEmail, ZNewPassword, ZPersonName } from "./user";

export const PROFILE_LIMITS = { displayName: 100, bio: 1000, website: 300 } as const;

/** A token from a link in a mail: opaque, but never huge. */
const ZMailToken = z.string().trim().min(1, { error: "The link is incomplete." }).max(200, { error: "The link is not valid." });

/** "Forgot your password?": the address to send a reset link to. */
export const ZPasswordResetRequestInputSchema = z.object({ email: ZEmail });
export type TPasswordResetRequestInput = z.input<typeof ZPasswordResetRequestInputSchema>;

/** The new password, with the token from the reset link. */
export const ZPasswordResetInputSchema = z.object({ token: ZMailToken, password: ZNewPassword });
export type TPasswordResetInput = z.input<typeof ZPasswordResetInputSchema>;

export const ZMailTokenInputSchema = z.object({ token: ZMailToken });
export type TMailTokenInput = z.input<typeof ZMailTokenInputSchema>;

const emptyToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

/** The account page's profile: the name shown in the admin, and what readers see of the author. */
export const ZProfileUpdateInputSchema = z.object({
  name: ZPersonName,
  displayName: z.string().trim().max(PROFILE_LIMITS.displayName, { error: `A display name is at most ${PROFILE_LIMITS.displayName} characters.` }).default(""),
  bio: z.string().trim().max(PROFILE_LIMITS.bio, { error: `A profile text is at most ${PROFILE_LIMITS.bio} characters.` }).default(""),
  website: z.preprocess(
    emptyToNull,
    z
      .url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://." })
      .max(PROFILE_LIMITS.website, { error: `A web address is at most ${PROFILE_LIMITS.website} characters.` })
      .nullable()
      .default(null),
  ),
  avatarMediaId: z.preprocess(emptyToNull, z.string().max(64).nullable().default(null)),
});
export type TProfileUpdateInput = z.input<typeof ZProfileUpdateInputSchema>;

/** A new address for one's own account: confirmed by a link sent to it; the password proves it is you. */
export const ZEmailChangeInputSchema = z.object({
  email: ZEmail,
  currentPassword: z.string().min(1, { error: "Enter your current password." }).max(PASSWORD_LIMITS.max),
});
export type TEmailChangeInput = z.input<typeof ZEmailChangeInputSchema>;

export const ZPasswordChangeInputSchema = z.object({
  currentPassword: z.string().min(1, { error: "Enter your current password." }).max(PASSWORD_LIMITS.max),
  newPassword: ZNewPassword,
});
export type TPasswordChangeInput = z.input<typeof ZPasswordChangeInputSchema>;

export const ZSessionEndInputSchema = z.object({ id: z.string().min(1).max(64) });
export type TSessionEndInput = z.input<typeof ZSessionEndInputSchema>;

/** The owner changes an author's name and role. */
export const ZUserUpdateInputSchema = z.object({ id: z.string().min(1).max(64), name: ZPersonName, role: z.enum(ROLES) });
export type TUserUpdateInput = z.input<typeof ZUserUpdateInputSchema>;

export const ZUserIdInputSchema = z.object({ id: z.string().min(1).max(64) });
export type TUserIdInput = z.input<typeof ZUserIdInputSchema>;


