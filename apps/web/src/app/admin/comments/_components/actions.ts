"use server";

import { refresh } from "next/cache";
import { COMMENT_STATUSES } from "@crestwood/validators";
import { getAdminContext } from "~/lib/admin";
import { emptyFormState, formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

async function run(work: () => Promise<unknown>): Promise<FormState> {
  const { t } = await getAdminContext();
  try {
    await work();
  } catch (error) {
    return formStateFromError(error, t);
  }
  refresh();
  return emptyFormState;
}

export async function setCommentStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api } = await getAdminContext();
  const status = COMMENT_STATUSES.find((s) => s === formField(formData, "status")) ?? "pending";
  return run(() => api.admin.comment.update({ id: formField(formData, "id"), status }));
}

export async function deleteCommentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api } = await getAdminContext();
  return run(() => api.admin.comment.delete({ id: formField(formData, "id") }));
}

export async function replyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    await api.admin.comment.reply({ commentId: formField(formData, "commentId"), body: formField(formData, "body") });
  } catch (error) {
    const state = formStateFromError(error, t);
    return state.fieldErrors.body ? { ...state, fieldErrors: { body: t.comments.replyLabel } } : state;
  }
  refresh();
  return { fieldErrors: {}, formError: null, notice: t.editor.saved, savedAt: Date.now() };
}
