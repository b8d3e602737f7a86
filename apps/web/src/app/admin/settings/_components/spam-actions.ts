"use server";

import { getAdminContext } from "~/lib/admin";
import { formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

export async function saveSpamSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  const values = {
    commentMaxLinks: formField(formData, "commentMaxLinks"),
    commentBlocklist: formField(formData, "commentBlocklist"),
    akismetKey: formField(formData, "akismetKey"),
  };
  let saved;
  try {
    saved = await api.admin.blog.updateSpam(values);
  } catch (error) {
    return { ...formStateFromError(error, t), values };
  }
  // The saved values become the form's defaults (React resets a form after its action).
  const shown = { commentMaxLinks: String(saved.commentMaxLinks), commentBlocklist: saved.commentBlocklist, akismetKey: saved.akismetKey ?? "" };
  return { fieldErrors: {}, formError: null, notice: t.settings.spam.saved, savedAt: Date.now(), values: shown };
}
