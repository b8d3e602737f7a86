import { z } from "zod";
import { ROLES } from "./user";

export const API_TOKEN_LIMITS = { name: 100, expiresInDays: 3650 } as const;

/** A new API token: what it is for, what it may do, and (optionally) how long it lives. */
export const ZApiTokenCreateInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "Name the token (what will use it, e.g. “CI deploy”)." })
    .max(API_TOKEN_LIMITS.name, { error: `A token name is at most ${API_TOKEN_LIMITS.name} characters.` }),
  /** Never more than the role of the account it belongs to. */
  role: z.enum(ROLES).default("author"),
  /** Days until the token stops working; none: until revoked. */
  expiresInDays: z.coerce
    .number({ error: "Give the number of days as a whole number." })
    .int({ error: "Give the number of days as a whole number." })
    .min(1, { error: "A token lives at least 1 day." })
    .max(API_TOKEN_LIMITS.expiresInDays, { error: `A token lives at most ${API_TOKEN_LIMITS.expiresInDays} days.` })
    .nullish(),
});
export type TApiTokenCreateInput = z.input<typeof ZApiTokenCreateInputSchema>;

export const ZApiTokenRevokeInputSchema = z.object({ id: z.string().min(1) });
export type TApiTokenRevokeInput = z.infer<typeof ZApiTokenRevokeInputSchema>;
