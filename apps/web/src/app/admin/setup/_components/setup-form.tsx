"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { AccountFields } from "../../_components/account-fields";
import { setupOwnerAction } from "./actions";

export function SetupForm({ language, setupToken }: { language: LanguageCode; setupToken: string }) {
  const [state, action, pending] = useActionState(setupOwnerAction, emptyFormState, "/admin/setup");
  const t = messages[language].admin;
  return (
    <form action={action} className="admin-form narrow" noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="setupToken" value={setupToken} />
      <AccountFields t={t} errors={state.fieldErrors} values={state.values} own />
      <button type="submit" className="primary" disabled={pending}>
        {t.setup.submit}
      </button>
    </form>
  );
}
