"use client";

import { useActionState } from "react";
import { LANGUAGES, messages, type LanguageCode } from "@crestwood/i18n";
import type { PublicBlogSettings } from "@crestwood/api";
import { BLOG_LIMITS } from "@crestwood/validators";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { TextField } from "../../_components/text-field";
import { saveSettingsAction } from "./actions";

const POLICIES = ["open", "moderated", "closed"] as const;

export function SettingsForm({ settings, language, timeZones, saved }: { settings: PublicBlogSettings; language: LanguageCode; timeZones: string[]; saved: boolean }) {
  // The form speaks the language the blog had when the page was loaded; saving reloads it.
  const t = messages[language].admin;
  const [state, action, pending] = useActionState(saveSettingsAction, saved ? { ...emptyFormState, notice: t.settings.saved } : emptyFormState, "/admin/settings");
  // After a refusal, what was typed; otherwise what is saved.
  const value = (name: keyof PublicBlogSettings) => state.values?.[name] ?? String(settings[name]);
  return (
    // Saved settings are a new form (fresh defaults after the reload that follows a save).
    <form key={JSON.stringify(settings)} action={action} className="admin-form narrow" noValidate>
      <FormMessages state={state} />
      <TextField name="title" label={t.settings.blogTitle} required maxLength={BLOG_LIMITS.title} defaultValue={value("title")} error={state.fieldErrors.title} />
      <div className="field">
        <label htmlFor="field-description">{t.settings.description}</label>
        <textarea id="field-description" name="description" rows={2} maxLength={BLOG_LIMITS.description} defaultValue={value("description")} />
      </div>
      <div className="field">
        <label htmlFor="field-language">{t.settings.language}</label>
        <select id="field-language" name="language" defaultValue={value("language")}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t.settings.languages[code]}
            </option>
          ))}
        </select>
      </div>
      <TextField
        name="timezone"
        label={t.settings.timezone}
        list="time-zones"
        required
        defaultValue={value("timezone")}
        hint={t.settings.timezoneHint}
        error={state.fieldErrors.timezone}
      />
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <TextField
        name="postsPerPage"
        type="number"
        label={t.settings.postsPerPage}
        min={1}
        max={BLOG_LIMITS.postsPerPageMax}
        required
        defaultValue={value("postsPerPage")}
        error={state.fieldErrors.postsPerPage}
      />
      <fieldset className="field">
        <legend>{t.settings.commentPolicy}</legend>
        {POLICIES.map((policy) => (
          <label key={policy} className="radio">
            <input type="radio" name="commentPolicy" value={policy} defaultChecked={value("commentPolicy") === policy} /> {t.settings.policies[policy]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="field-allowedOrigins">{t.settings.allowedOrigins}</label>
        <textarea
          id="field-allowedOrigins"
          name="allowedOrigins"
          rows={3}
          defaultValue={value("allowedOrigins")}
          aria-describedby={state.fieldErrors.allowedOrigins ? "field-allowedOrigins-error field-allowedOrigins-hint" : "field-allowedOrigins-hint"}
          aria-invalid={state.fieldErrors.allowedOrigins ? true : undefined}
        />
        <p className="field-hint" id="field-allowedOrigins-hint">
          {t.settings.allowedOriginsHint}
        </p>
        {state.fieldErrors.allowedOrigins ? (
          <p className="field-error" id="field-allowedOrigins-error">
            {state.fieldErrors.allowedOrigins}
          </p>
        ) : null}
      </div>
      <button type="submit" className="primary" disabled={pending}>
        {t.settings.save}
      </button>
    </form>
  );
}
