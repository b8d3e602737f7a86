"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { emptyFormState } from "../../../_components/form-state";
import { FormMessages } from "../../../_components/form-messages";
import { confirmEmailAction } from "./actions";

/** A button, not an automatic change on opening the link: mail scanners open links too. */
export function ConfirmEmailForm({ language, token }: { language: LanguageCode; token: string }) {
  const [state, action, pending] = useActionState(confirmEmailAction, emptyFormState, `/admin/account/confirm-email?token=${encodeURIComponent(token)}`);
  const t = messages[language].admin;
  if (state.notice) return <FormMessages state={state} />;
  return (
    <form action={action} className="admin-form narrow">
      <FormMessages state={state} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="primary" disabled={pending}>
        {t.account.confirmEmailButton}
      </button>
    </form>
  );
}
