"use server";

import { refresh } from "next/cache";
import { getAdminContext } from "~/lib/admin";
import { parseError } from "@crestwood/client";
import { emptyFormState, formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

async function run(work: () => Promise<unknown>): Promise<FormState> {
  const { t } = await getAdminContext();
  try {
    await work();
  } catch (error) {
    // A rename onto an existing name is the one conflict here; the row shows one message.
    if (parseError(error).code === "CONFLICT") return { ...emptyFormState, formError: t.labels.exists };
    const state = formStateFromError(error, t);
    return Object.keys(state.fieldErrors).length > 0 ? { ...emptyFormState, formError: t.errors.byField.labels } : state;
  }
  refresh();
  return { fieldErrors: {}, formError: null, notice: t.editor.saved, savedAt: Date.now() };
}

export async function renameLabelAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api } = await getAdminContext();
  const name = formField(formData, "name");
  const state = await run(() => api.admin.label.update({ id: formField(formData, "id"), name }));
  // A refused name stays in the field to be corrected.
  return state.formError ? { ...state, values: { name } } : state;
}

export async function mergeLabelAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api } = await getAdminContext();
  return run(() => api.admin.label.merge({ sourceId: formField(formData, "id"), targetId: formField(formData, "targetId") }));
}

export async function deleteLabelAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api } = await getAdminContext();
  return run(() => api.admin.label.delete({ id: formField(formData, "id") }));
}
