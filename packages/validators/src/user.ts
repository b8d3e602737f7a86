import { z } from "zod";

export const PASSWORD_LIMITS = { min: 10, max: 256 } as const;
export const USER_LIMITS = { name: 100, email: 254 } as const;

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter an email address." }).max(USER_LIMITS.email, { error: `An email address is at most ${USER_LIMITS.email} characters.` }));

export const ZNewPassword = z
  .string()
  .min(PASSWORD_LIMITS.min, { error: `A password needs at least ${PASSWORD_LIMITS.min} characters.` })
  .max(PASSWORD_LIMITS.max, { error: `A password is at most ${PASSWORD_LIMITS.max} characters.` });

export const ZPersonName = z
  .string()
  .trim()
  .min(1, { error: "Enter a name." })
  .max(USER_LIMITS.name, { error: `A name is at most ${USER_LIMITS.name} characters.` });

export const ROLES = ["owner", "author"] as const;

/** The blog's first account, the owner, made once on a fresh blog with the setup link's token. */
export const ZSetupInputSchema = z.object({
  email: ZEmail,
  name: ZPersonName,
  password: ZNewPassword,
  setupToken: z.string().min(1, { error: "Open the setup link printed by the server (or by `pnpm crestwood setup-link`)." }).max(200),
});
export type TSetupInput = z.input<typeof ZSetupInputSchema>;

/** An account the owner adds (authors by default). */
export const ZUserCreateInputSchema = z.object({ email: ZEmail, name: ZPersonName, password: ZNewPassword, role: z.enum(ROLES).default("author") });
export type TUserCreateInput = z.input<typeof ZUserCreateInputSchema>;

export const ZUserDeleteInputSchema = z.object({ id: z.string().min(1) });
export type TUserDeleteInput = z.infer<typeof ZUserDeleteInputSchema>;

export const ZUserSetRoleInputSchema = z.object({ id: z.string().min(1), role: z.enum(ROLES) });
export type TUserSetRoleInput = z.infer<typeof ZUserSetRoleInputSchema>;

export const ZSetupLinkCheckInputSchema = z.object({ token: z.string().max(200) });
export type TSetupLinkCheckInput = z.infer<typeof ZSetupLinkCheckInputSchema>;

export const ZSignInInputSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, { error: "Enter your email address." }).max(USER_LIMITS.email),
  password: z.string().min(1, { error: "Enter your password." }).max(PASSWORD_LIMITS.max),
});
export type TSignInInput = z.input<typeof ZSignInInputSchema>;
