"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { AccountFields } from "../../_components/account-fields";
import { ConfirmedActionButton } from "../../_components/confirmed-action-button";
import { addAuthorAction, removeAuthorAction } from "./actions";

export function AddAuthorForm({ language }: { language: LanguageCode }) {
  const [state, action, pending] = useActionState(addAuthorAction, emptyFormState, "/admin/authors");
  const t = messages[language].admin;
  return (
    // A new key after each success empties the form for the next author.
    <form key={state.savedAt ?? 0} action={action} className="admin-form narrow" noValidate aria-labelledby="add-author-heading">
      <h2 id="add-author-heading">{t.authors.add}</h2>
      <FormMessages state={state} />
      <AccountFields t={t} errors={state.fieldErrors} values={state.values} idPrefix="author" />
      <button type="submit" className="primary" disabled={pending}>
        {t.authors.add}
      </button>
    </form>
  );
}

export function RemoveAuthorButton({ id, name, language }: { id: string; name: string; language: LanguageCode }) {
  const t = messages[language].admin.authors;
  return (
    <ConfirmedActionButton
      action={removeAuthorAction}
      permalink="/admin/authors"
      id={id}
      label={t.remove}
      accessibleLabel={`${t.remove} ${name}`}
      confirmMessage={t.confirmRemove(name)}
    />
  );
}
