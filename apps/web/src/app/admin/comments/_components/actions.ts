"use server";

import { revalidatePath } from "next/cache";
import { COMMENT_STATUSES } from "@crestwood/validators";
import { getAdminContext } from "~/lib/admin";
import { formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

function refresh() {
  // The post's page and the queue both change.
  revalidatePath("/", "layout");
}

export async function setCommentStatusAction(formData: FormData) {
  const { api } = await getAdminContext();
  const status = COMMENT_STATUSES.find((s) => s === formField(formData, "status")) ?? "pending";
  await api.admin.comment.update({ id: formField(formData, "id"), status });
  refresh();
}

export async function deleteCommentAction(formData: FormData) {
  const { api } = await getAdminContext();
  await api.admin.comment.delete({ id: formField(formData, "id") });
  refresh();
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
