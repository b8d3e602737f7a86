"use server";

import { revalidatePath } from "next/cache";
import { getAdminContext } from "~/lib/admin";
import { emptyFormState, formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

function item(formData: FormData) {
  return { kind: formField(formData, "kind") === "comment" ? ("comment" as const) : ("post" as const), id: formField(formData, "id") };
}

export async function restoreAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    await api.admin.trash.restore(item(formData));
  } catch (error) {
    return formStateFromError(error, t);
  }
  // A restored post or comment shows on reader pages again.
  revalidatePath("/", "layout");
  return { ...emptyFormState, notice: t.trash.restored };
}

export async function deleteForeverAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    await api.admin.trash.deletePermanently(item(formData));
  } catch (error) {
    return formStateFromError(error, t);
  }
  revalidatePath("/admin/trash");
  return { ...emptyFormState, notice: t.trash.deletedForever };
}
