"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { PASSWORD_LIMITS } from "@crestwood/validators";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { TextField } from "../../_components/text-field";
import { resetPasswordAction } from "./actions";

export function ResetForm({ language, token }: { language: LanguageCode; token: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, emptyFormState, `/admin/reset-password?token=${encodeURIComponent(token)}`);
  const t = messages[language].admin;
  return (
    <form action={action} className="admin-form narrow" noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        type="password"
        label={t.reset.newPassword}
        autoComplete="new-password"
        required
        minLength={PASSWORD_LIMITS.min}
        maxLength={PASSWORD_LIMITS.max}
        hint={t.fields.passwordHint(PASSWORD_LIMITS.min)}
        error={state.fieldErrors.password}
      />
      <button type="submit" className="primary" disabled={pending}>
        {t.reset.submit}
      </button>
    </form>
  );
}
