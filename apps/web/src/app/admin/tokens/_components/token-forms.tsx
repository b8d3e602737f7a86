"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { API_TOKEN_LIMITS } from "@crestwood/validators";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { TextField } from "../../_components/text-field";
import { ConfirmedActionButton } from "../../_components/confirmed-action-button";
import { createTokenAction, revokeTokenAction, type TokenFormState } from "./actions";

const emptyTokenForm: TokenFormState = emptyFormState;

export function CreateTokenForm({ language }: { language: LanguageCode }) {
  const [state, action, pending] = useActionState(createTokenAction, emptyTokenForm, "/admin/tokens");
  const admin = messages[language].admin;
  const t = admin.tokens;
  return (
    <form key={state.savedAt ?? 0} action={action} className="admin-form narrow" noValidate aria-labelledby="create-token-heading">
      <h2 id="create-token-heading">{t.create}</h2>
      <FormMessages state={state} />
      {state.token ? (
        <div className="field">
          <label htmlFor="new-token">{t.created}</label>
          <input id="new-token" readOnly value={state.token} aria-describedby="new-token-hint" onFocus={(event) => event.currentTarget.select()} />
          <p className="field-hint" id="new-token-hint">
            {t.copyHint}
          </p>
        </div>
      ) : null}
      <TextField name="name" label={t.name} required maxLength={API_TOKEN_LIMITS.name} defaultValue={state.values?.name} error={state.fieldErrors.name} />
      <div className="field">
        <label htmlFor="field-role">{t.role}</label>
        <select id="field-role" name="role" defaultValue={state.values?.role ?? "author"}>
          <option value="author">{admin.authors.roles.author}</option>
          <option value="owner">{admin.authors.roles.owner}</option>
        </select>
      </div>
      <TextField
        name="expiresInDays"
        label={t.expiresInDays}
        hint={t.expiresHint}
        type="number"
        min={1}
        max={API_TOKEN_LIMITS.expiresInDays}
        inputMode="numeric"
        defaultValue={state.values?.expiresInDays}
        error={state.fieldErrors.expiresInDays}
      />
      <button type="submit" className="primary" disabled={pending}>
        {t.create}
      </button>
    </form>
  );
}

export function RevokeTokenButton({ id, name, language }: { id: string; name: string; language: LanguageCode }) {
  const t = messages[language].admin.tokens;
  return (
    <ConfirmedActionButton
      action={revokeTokenAction}
      permalink="/admin/tokens"
      id={id}
      label={t.revoke}
      accessibleLabel={`${t.revoke} ${name}`}
      confirmMessage={t.confirmRevoke(name)}
    />
  );
}
