"use server";

import { revalidatePath } from "next/cache";
import { parseError } from "@crestwood/client";
import { getAdminContext } from "~/lib/admin";
import { emptyFormState, formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

export async function updateAuthorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    await api.admin.user.update({ id: formField(formData, "id"), name: formField(formData, "name"), role: formField(formData, "role") === "owner" ? "owner" : "author" });
  } catch (error) {
    if (parseError(error).code === "FORBIDDEN") return { ...emptyFormState, formError: t.authorsEdit.lastOwner };
    return formStateFromError(error, t);
  }
  // Author names show in bylines and feeds.
  revalidatePath("/", "layout");
  return { ...emptyFormState, notice: t.authorsEdit.saved, savedAt: Date.now() };
}

export async function sendResetLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    const { email } = await api.admin.user.sendPasswordReset({ id: formField(formData, "id") });
    return { ...emptyFormState, notice: t.authorsEdit.resetSent(email) };
  } catch (error) {
    return formStateFromError(error, t);
  }
}
