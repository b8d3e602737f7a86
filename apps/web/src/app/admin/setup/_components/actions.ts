"use server";

import { redirect } from "next/navigation";
import { getAdminContext } from "~/lib/admin";
import { formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

/** The one-time setup: creates the owner, signs them in, and goes to the posts. */
export async function setupOwnerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  const values = { email: formField(formData, "email"), name: formField(formData, "name") };
  try {
    await api.auth.setup({ ...values, password: formField(formData, "password") });
  } catch (error) {
    // What was typed comes back, except the password.
    return { ...formStateFromError(error, t), values };
  }
  redirect("/admin/posts");
}
