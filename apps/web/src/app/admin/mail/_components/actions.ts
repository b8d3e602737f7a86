"use server";

import { revalidatePath } from "next/cache";
import { parseError } from "@crestwood/client";
import { getAdminContext } from "~/lib/admin";
import { emptyFormState, formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

export async function saveMailSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  const values = { digestFrequency: formField(formData, "digestFrequency"), revisionsToKeep: formField(formData, "revisionsToKeep") };
  try {
    await api.admin.mail.updateSettings({ digestFrequency: values.digestFrequency === "daily" ? "daily" : "per_post", revisionsToKeep: values.revisionsToKeep.trim() });
  } catch (error) {
    if (parseError(error).code === "BAD_REQUEST") {
      return { ...emptyFormState, fieldErrors: { revisionsToKeep: t.mail.revisionsHint }, formError: t.errors.fixErrors, values };
    }
    return formStateFromError(error, t);
  }
  revalidatePath("/admin/mail");
  return { ...emptyFormState, notice: t.mail.settingsSaved, savedAt: Date.now() };
}

export async function retryMailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    await api.admin.mail.retry({ id: formField(formData, "id") });
  } catch (error) {
    return formStateFromError(error, t);
  }
  revalidatePath("/admin/mail");
  return emptyFormState;
}

export async function erasePersonalDataAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  const email = formField(formData, "email");
  try {
    const result = await api.admin.mail.erasePersonalData({ email });
    revalidatePath("/", "layout");
    return { ...emptyFormState, notice: t.personalData.erased(result.comments, result.followers, result.mail), savedAt: Date.now() };
  } catch (error) {
    if (parseError(error).code === "BAD_REQUEST") {
      return { ...emptyFormState, fieldErrors: { email: t.errors.byField.email }, formError: t.errors.fixErrors, values: { email } };
    }
    return formStateFromError(error, t);
  }
}
