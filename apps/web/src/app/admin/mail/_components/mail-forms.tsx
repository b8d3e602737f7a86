"use client";

import { useActionState, useState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { DIGEST_FREQUENCIES, USER_LIMITS } from "@crestwood/validators";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { TextField } from "../../_components/text-field";
import { erasePersonalDataAction, retryMailAction, saveMailSettingsAction } from "./actions";

export function MailSettingsForm({ language, settings }: { language: LanguageCode; settings: { digestFrequency: "per_post" | "daily"; revisionsToKeep: number | null } }) {
  const [state, action, pending] = useActionState(saveMailSettingsAction, emptyFormState, "/admin/mail");
  const t = messages[language].admin.mail;
  return (
    <form action={action} className="admin-form narrow" noValidate aria-labelledby="mail-settings-heading">
      <h2 id="mail-settings-heading">{t.settings}</h2>
      <FormMessages state={state} />
      <fieldset className="field">
        <legend>{t.digestFrequency}</legend>
        {DIGEST_FREQUENCIES.map((frequency) => (
          <label key={frequency} className="radio">
            <input type="radio" name="digestFrequency" value={frequency} defaultChecked={(state.values?.digestFrequency ?? settings.digestFrequency) === frequency} /> {t.frequencies[frequency]}
          </label>
        ))}
      </fieldset>
      <TextField
        name="revisionsToKeep"
        type="number"
        min={1}
        label={t.revisionsToKeep}
        hint={t.revisionsHint}
        defaultValue={state.values?.revisionsToKeep ?? settings.revisionsToKeep ?? ""}
        error={state.fieldErrors.revisionsToKeep}
      />
      <button type="submit" className="primary" disabled={pending}>
        {t.saveSettings}
      </button>
    </form>
  );
}

export function RetryButton({ id, language }: { id: string; language: LanguageCode }) {
  const [state, action, pending] = useActionState(retryMailAction, emptyFormState, "/admin/mail");
  return (
    <form action={action}>
      <FormMessages state={state} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending}>
        {messages[language].admin.mail.retry}
      </button>
    </form>
  );
}

/** Export (a JSON download through /admin/mail/personal-data) or erase one person's data. */
export function PersonalDataForm({ language }: { language: LanguageCode }) {
  const [state, erase, pending] = useActionState(erasePersonalDataAction, emptyFormState, "/admin/mail");
  const [email, setEmail] = useState("");
  const t = messages[language].admin.personalData;
  return (
    <form action="/admin/mail/personal-data" method="post" className="admin-form narrow" aria-labelledby="personal-data-heading">
      <h2 id="personal-data-heading">{t.title}</h2>
      <p className="field-hint">{t.intro}</p>
      <FormMessages state={state} />
      <TextField
        name="email"
        id="personal-data-email"
        type="email"
        label={t.email}
        autoComplete="off"
        required
        maxLength={USER_LIMITS.email}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={state.fieldErrors.email}
      />
      <div className="row-actions">
        <button type="submit">{t.export}</button>
        <button
          type="submit"
          className="danger"
          disabled={pending}
          formAction={erase}
          onClick={(event) => {
            if (!window.confirm(t.confirmErase(email))) event.preventDefault();
          }}
        >
          {t.erase}
        </button>
      </div>
    </form>
  );
}
