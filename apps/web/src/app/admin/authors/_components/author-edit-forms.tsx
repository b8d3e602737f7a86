"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { ROLES, USER_LIMITS } from "@crestwood/validators";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { sendResetLinkAction, updateAuthorAction } from "./edit-actions";

/** The owner renames an account or changes its role, in its table row. */
export function EditAuthorForm({ id, name, role, language }: { id: string; name: string; role: "owner" | "author"; language: LanguageCode }) {
  const [state, action, pending] = useActionState(updateAuthorAction, emptyFormState, "/admin/authors");
  const t = messages[language].admin;
  return (
    <form action={action} className="inline-form" aria-label={t.authorsEdit.edit(name)}>
      <input type="hidden" name="id" value={id} />
      <label className="visually-hidden" htmlFor={`author-name-${id}`}>
        {t.fields.name}
      </label>
      <input id={`author-name-${id}`} name="name" required maxLength={USER_LIMITS.name} defaultValue={name} />
      <label className="visually-hidden" htmlFor={`author-role-${id}`}>
        {t.authors.role}
      </label>
      <select id={`author-role-${id}`} name="role" defaultValue={role}>
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {t.authors.roles[option]}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending}>
        {t.authorsEdit.save}
      </button>
      <FormMessages state={state} />
    </form>
  );
}

/** Mails the account a link to choose a password (forgotten, or never set: imported authors). */
export function SendResetLinkButton({ id, name, language }: { id: string; name: string; language: LanguageCode }) {
  const [state, action, pending] = useActionState(sendResetLinkAction, emptyFormState, "/admin/authors");
  const t = messages[language].admin.authorsEdit;
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t.confirmSendReset(name))) event.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} aria-label={`${t.sendReset}: ${name}`}>
        {t.sendReset}
      </button>
      <FormMessages state={state} />
    </form>
  );
}
