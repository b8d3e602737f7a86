"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { TextField } from "../../_components/text-field";
import { signInAction } from "./actions";

export function SignInForm({ language, next, notice }: { language: LanguageCode; next: string; notice: string | null }) {
  const [state, action, pending] = useActionState(signInAction, { ...emptyFormState, notice }, `/admin/sign-in?next=${encodeURIComponent(next)}`);
  const t = messages[language].admin;
  return (
    <form action={action} className="admin-form narrow">
      <FormMessages state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField name="email" type="email" label={t.fields.email} autoComplete="username" required defaultValue={state.values?.email} />
      <TextField name="password" type="password" label={t.fields.password} autoComplete="current-password" required />
      <button type="submit" className="primary" disabled={pending}>
        {t.signIn.submit}
      </button>
    </form>
  );
}
