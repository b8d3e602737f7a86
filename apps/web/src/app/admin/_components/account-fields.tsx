import type { AdminMessages } from "@crestwood/i18n";
import { PASSWORD_LIMITS, USER_LIMITS } from "@crestwood/validators";
import { TextField } from "./text-field";

/**
 * Email, name and a new password: the owner's setup and adding an author ask the same. After a
 * refusal the email and name come back as typed (`values`); a password is never sent back.
 */
export function AccountFields({
  t,
  errors,
  values,
  idPrefix = "field",
  own = false,
}: {
  t: AdminMessages;
  errors: Record<string, string>;
  values?: Record<string, string>;
  idPrefix?: string;
  own?: boolean;
}) {
  // Browsers may fill in the user's own details, never someone else's.
  return (
    <>
      <TextField name="email" id={`${idPrefix}-email`} type="email" label={t.fields.email} autoComplete={own ? "email" : "off"} required maxLength={USER_LIMITS.email} defaultValue={values?.email} error={errors.email} />
      <TextField name="name" id={`${idPrefix}-name`} label={t.fields.name} autoComplete={own ? "name" : "off"} required maxLength={USER_LIMITS.name} defaultValue={values?.name} error={errors.name} />
      <TextField
        name="password"
        id={`${idPrefix}-password`}
        type="password"
        label={t.fields.password}
        autoComplete="new-password"
        required
        minLength={PASSWORD_LIMITS.min}
        maxLength={PASSWORD_LIMITS.max}
        hint={t.fields.passwordHint(PASSWORD_LIMITS.min)}
        error={errors.password}
      />
    </>
  );
}
