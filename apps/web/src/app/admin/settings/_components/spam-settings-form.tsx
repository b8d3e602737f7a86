"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { SPAM_SETTINGS_LIMITS } from "@crestwood/validators";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { TextField } from "../../_components/text-field";
import { saveSpamSettingsAction } from "./spam-actions";

interface SpamSettings {
  commentMaxLinks: number;
  commentBlocklist: string;
  akismetKey: string | null;
}

/** Comment spam: how many links a comment may carry, blocked words, and Akismet (optional). */
export function SpamSettingsForm({ settings, language }: { settings: SpamSettings; language: LanguageCode }) {
  const [state, action, pending] = useActionState(saveSpamSettingsAction, emptyFormState, "/admin/settings");
  const t = messages[language].admin;
  const value = (name: keyof SpamSettings) => state.values?.[name] ?? String(settings[name] ?? "");
  const blocklistError = state.fieldErrors.commentBlocklist;
  return (
    <form action={action} className="admin-form narrow" noValidate aria-labelledby="spam-settings-heading">
      <h2 id="spam-settings-heading">{t.settings.spam.title}</h2>
      <p>{t.settings.spam.intro}</p>
      <FormMessages state={state} />
      <TextField
        name="commentMaxLinks"
        type="number"
        min={0}
        max={SPAM_SETTINGS_LIMITS.maxLinks}
        label={t.settings.spam.maxLinks}
        hint={t.settings.spam.maxLinksHint}
        defaultValue={value("commentMaxLinks")}
        error={state.fieldErrors.commentMaxLinks}
      />
      <div className="field">
        <label htmlFor="field-commentBlocklist">{t.settings.spam.blocklist}</label>
        <textarea
          id="field-commentBlocklist"
          name="commentBlocklist"
          rows={5}
          maxLength={SPAM_SETTINGS_LIMITS.blocklist}
          defaultValue={value("commentBlocklist")}
          aria-invalid={blocklistError ? true : undefined}
          aria-describedby={blocklistError ? "field-commentBlocklist-hint field-commentBlocklist-error" : "field-commentBlocklist-hint"}
        />
        <p className="field-hint" id="field-commentBlocklist-hint">
          {t.settings.spam.blocklistHint}
        </p>
        {blocklistError ? (
          <p className="field-error" id="field-commentBlocklist-error">
            {blocklistError}
          </p>
        ) : null}
      </div>
      <TextField
        name="akismetKey"
        label={t.settings.spam.akismetKey}
        hint={t.settings.spam.akismetHint}
        autoComplete="off"
        spellCheck={false}
        defaultValue={value("akismetKey")}
        error={state.fieldErrors.akismetKey}
      />
      <button type="submit" className="primary" disabled={pending}>
        {t.settings.spam.save}
      </button>
    </form>
  );
}
