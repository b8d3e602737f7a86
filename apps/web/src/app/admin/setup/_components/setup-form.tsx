"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { PASSWORD_LIMITS, USER_LIMITS } from "@crestwood/validators";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { TextField } from "../../_components/text-field";
import { setupOwnerAction } from "./actions";

export function SetupForm({ language }: { language: LanguageCode }) {
  const [state, action, pending] = useActionState(setupOwnerAction, emptyFormState);
  const t = messages[language].admin;
  return (
    <form action={action} className="admin-form narrow" noValidate>
      <FormMessages state={state} />
      <TextField name="email" type="email" label={t.fields.email} autoComplete="email" required maxLength={USER_LIMITS.email} error={state.fieldErrors.email} />
      <TextField name="name" label={t.fields.name} autoComplete="name" required maxLength={USER_LIMITS.name} error={state.fieldErrors.name} />
      <TextField
        name="password"
        type="password"
        label={t.fields.password}
        autoComplete="new-password"
        required
        minLength={PASSWORD_LIMITS.min}
        maxLength={PASSWORD_LIMITS.max}
        hint={t.fields.passwordHint(PASSWORD_LIMITS.min)}
        error={state.fieldErrors.password}
      />
      <button type="submit" className="primary" disabled={pending}>
        {t.setup.submit}
      </button>
    </form>
  );
}
