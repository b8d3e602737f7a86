"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { PASSWORD_LIMITS, USER_LIMITS } from "@crestwood/validators";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { TextField } from "../../_components/text-field";
import { addAuthorAction, removeAuthorAction } from "./actions";

export function AddAuthorForm({ language }: { language: LanguageCode }) {
  const [state, action, pending] = useActionState(addAuthorAction, emptyFormState);
  const t = messages[language].admin;
  return (
    // A new key after each success empties the form for the next author.
    <form key={state.savedAt ?? 0} action={action} className="admin-form narrow" noValidate aria-labelledby="add-author-heading">
      <h2 id="add-author-heading">{t.authors.add}</h2>
      <FormMessages state={state} />
      <TextField name="email" id="author-email" type="email" label={t.fields.email} autoComplete="off" required maxLength={USER_LIMITS.email} error={state.fieldErrors.email} />
      <TextField name="name" id="author-name" label={t.fields.name} autoComplete="off" required maxLength={USER_LIMITS.name} error={state.fieldErrors.name} />
      <TextField
        name="password"
        id="author-password"
        type="password"
        label={t.fields.password}
        autoComplete="new-password"
        required
        minLength={PASSWORD_LIMITS.min}
        hint={t.fields.passwordHint(PASSWORD_LIMITS.min)}
        error={state.fieldErrors.password}
      />
      <button type="submit" className="primary" disabled={pending}>
        {t.authors.add}
      </button>
    </form>
  );
}

export function RemoveAuthorButton({ id, name, language }: { id: string; name: string; language: LanguageCode }) {
  const t = messages[language].admin.authors;
  return (
    <form
      action={removeAuthorAction}
      onSubmit={(event) => {
        if (!window.confirm(t.confirmRemove(name))) event.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="danger" aria-label={`${t.remove} ${name}`}>
        {t.remove}
      </button>
    </form>
  );
}
