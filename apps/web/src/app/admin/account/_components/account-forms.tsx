"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { PASSWORD_LIMITS, PROFILE_LIMITS, USER_LIMITS } from "@crestwood/validators";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { TextField } from "../../_components/text-field";
import { changeEmailAction, changePasswordAction, endSessionAction, saveProfileAction } from "./actions";

const PAGE = "/admin/account";

export interface ProfileValues {
  name: string;
  displayName: string;
  bio: string;
  website: string | null;
  avatarMediaId: string | null;
}

export function ProfileForm({ language, profile, images }: { language: LanguageCode; profile: ProfileValues; images: { id: string; label: string }[] }) {
  const [state, action, pending] = useActionState(saveProfileAction, emptyFormState, PAGE);
  const t = messages[language].admin;
  const value = (name: keyof ProfileValues) => state.values?.[name] ?? profile[name] ?? "";
  return (
    <form action={action} className="admin-form narrow" noValidate aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t.account.profile}</h2>
      <p className="field-hint">{t.account.profileHint}</p>
      <FormMessages state={state} />
      <TextField name="name" label={t.fields.name} autoComplete="name" required maxLength={USER_LIMITS.name} defaultValue={value("name")} error={state.fieldErrors.name} />
      <TextField
        name="displayName"
        label={t.account.displayName}
        maxLength={PROFILE_LIMITS.displayName}
        defaultValue={value("displayName")}
        hint={t.account.displayNameHint}
        error={state.fieldErrors.displayName}
      />
      <div className="field">
        <label htmlFor="field-bio">{t.account.bio}</label>
        <textarea id="field-bio" name="bio" rows={4} maxLength={PROFILE_LIMITS.bio} defaultValue={value("bio")} />
      </div>
      <TextField name="website" type="url" label={t.account.website} autoComplete="url" maxLength={PROFILE_LIMITS.website} defaultValue={value("website")} error={state.fieldErrors.website} />
      <div className="field">
        <label htmlFor="field-avatar">{t.account.avatar}</label>
        <select id="field-avatar" name="avatarMediaId" defaultValue={value("avatarMediaId")} aria-describedby="field-avatar-hint">
          <option value="">{t.account.avatarNone}</option>
          {images.map((image) => (
            <option key={image.id} value={image.id}>
              {image.label}
            </option>
          ))}
        </select>
        <p className="field-hint" id="field-avatar-hint">
          {t.account.avatarHint}
        </p>
      </div>
      <button type="submit" className="primary" disabled={pending}>
        {t.account.saveProfile}
      </button>
    </form>
  );
}

export function EmailForm({ language, email, pendingEmail }: { language: LanguageCode; email: string; pendingEmail: string | null }) {
  const [state, action, pending] = useActionState(changeEmailAction, emptyFormState, PAGE);
  const t = messages[language].admin;
  return (
    <form key={state.savedAt ?? 0} action={action} className="admin-form narrow" noValidate aria-labelledby="email-heading">
      <h2 id="email-heading">{t.account.email}</h2>
      <p>{t.account.currentEmail(email)}</p>
      {pendingEmail && !state.notice ? <p className="form-notice">{t.account.pendingEmail(pendingEmail)}</p> : null}
      <FormMessages state={state} />
      <TextField
        name="email"
        id="account-new-email"
        type="email"
        label={t.account.newEmail}
        autoComplete="email"
        required
        maxLength={USER_LIMITS.email}
        defaultValue={state.values?.email}
        error={state.fieldErrors.email}
      />
      <TextField
        name="currentPassword"
        id="account-email-password"
        type="password"
        label={t.account.currentPassword}
        autoComplete="current-password"
        required
        error={state.fieldErrors.currentPassword}
      />
      <button type="submit" disabled={pending}>
        {t.account.changeEmail}
      </button>
    </form>
  );
}

export function PasswordForm({ language }: { language: LanguageCode }) {
  const [state, action, pending] = useActionState(changePasswordAction, emptyFormState, PAGE);
  const t = messages[language].admin;
  return (
    <form key={state.savedAt ?? 0} action={action} className="admin-form narrow" noValidate aria-labelledby="password-heading">
      <h2 id="password-heading">{t.account.password}</h2>
      <FormMessages state={state} />
      <TextField
        name="currentPassword"
        id="account-current-password"
        type="password"
        label={t.account.currentPassword}
        autoComplete="current-password"
        required
        error={state.fieldErrors.currentPassword}
      />
      <TextField
        name="newPassword"
        id="account-new-password"
        type="password"
        label={t.account.newPassword}
        autoComplete="new-password"
        required
        minLength={PASSWORD_LIMITS.min}
        maxLength={PASSWORD_LIMITS.max}
        hint={t.fields.passwordHint(PASSWORD_LIMITS.min)}
        error={state.fieldErrors.newPassword}
      />
      <button type="submit" disabled={pending}>
        {t.account.changePassword}
      </button>
    </form>
  );
}

export function EndSessionButton({ id, label, language }: { id: string; label: string; language: LanguageCode }) {
  const [state, action, pending] = useActionState(endSessionAction, emptyFormState, PAGE);
  const t = messages[language].admin;
  return (
    <form action={action}>
      <FormMessages state={state} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="link-button" disabled={pending} aria-label={`${t.account.endSession}: ${label}`}>
        {t.account.endSession}
      </button>
    </form>
  );
}
