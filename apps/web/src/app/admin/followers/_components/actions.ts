"use server";

import { revalidatePath } from "next/cache";
import { getAdminContext } from "~/lib/admin";
import { emptyFormState, formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

export async function removeFollowerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    await api.admin.mail.removeFollower({ id: formField(formData, "id") });
  } catch (error) {
    return formStateFromError(error, t);
  }
  revalidatePath("/admin/followers");
  return emptyFormState;
}
