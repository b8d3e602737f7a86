"use server";

import { redirect } from "next/navigation";
import { getAdminContext } from "~/lib/admin";
import { formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

/** The one-time setup (with the setup link's token): creates the owner, signs them in, and goes to the posts. */
export async function setupOwnerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  const values = { email: formField(formData, "email"), name: formField(formData, "name") };
  try {
    await api.auth.setup({ ...values, password: formField(formData, "password"), setupToken: formField(formData, "setupToken") });
  } catch (error) {
    // What was typed comes back, except the password.
    const state = { ...formStateFromError(error, t), values };
    // The link died meanwhile (used in another tab, expired): say so rather than point at a hidden field.
    return state.fieldErrors.setupToken ? { ...state, fieldErrors: {}, formError: t.setup.badLink } : state;
  }
  redirect("/admin/posts");
}
