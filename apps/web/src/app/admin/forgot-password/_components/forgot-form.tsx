"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { USER_LIMITS } from "@crestwood/validators";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { TextField } from "../../_components/text-field";
import { requestResetAction } from "./actions";

export function ForgotForm({ language }: { language: LanguageCode }) {
  const [state, action, pending] = useActionState(requestResetAction, emptyFormState, "/admin/forgot-password");
  const t = messages[language].admin;
  return (
    <form action={action} className="admin-form narrow" noValidate>
      <FormMessages state={state} />
      <TextField
        name="email"
        type="email"
        label={t.fields.email}
        autoComplete="username"
        required
        maxLength={USER_LIMITS.email}
        defaultValue={state.values?.email}
        error={state.fieldErrors.email}
      />
      <button type="submit" className="primary" disabled={pending}>
        {t.forgot.submit}
      </button>
    </form>
  );
}
