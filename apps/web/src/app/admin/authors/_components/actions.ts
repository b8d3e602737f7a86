"use server";

import { refresh } from "next/cache";
import { getAdminContext } from "~/lib/admin";
import { formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

export async function addAuthorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  const values = { email: formField(formData, "email"), name: formField(formData, "name") };
  try {
    await api.admin.user.create({ ...values, password: formField(formData, "password"), role: "author" });
  } catch (error) {
    return { ...formStateFromError(error, t), values };
  }
  refresh();
  return { fieldErrors: {}, formError: null, notice: t.authors.added, savedAt: Date.now() };
}

export async function removeAuthorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    await api.admin.user.delete({ id: formField(formData, "id") });
  } catch (error) {
    return formStateFromError(error, t);
  }
  refresh();
  return { fieldErrors: {}, formError: null, notice: null };
}
