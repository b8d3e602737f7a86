"use server";

import { parseError } from "@crestwood/client";
import { revalidatePath } from "next/cache";
import { getAdminContext } from "~/lib/admin";
import { emptyFormState, formField, type FormState } from "../../../_components/form-state";

/** The confirm button of a link from a comment notice: approves or marks as spam, for its recipient. */
export async function applyCommentLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    const result = await api.comment.applyMailAction({ token: formField(formData, "token") });
    revalidatePath("/", "layout");
    return { ...emptyFormState, notice: result.action === "approve" ? t.commentLink.approved : t.commentLink.markedSpam, savedAt: Date.now() };
  } catch (error) {
    const { code } = parseError(error);
    if (code === "FORBIDDEN" || code === "NOT_FOUND" || code === "BAD_REQUEST") {
      const message = code === "FORBIDDEN" ? t.commentLink.notAllowed : code === "NOT_FOUND" ? t.commentLink.gone : t.commentLink.invalid;
      return { ...emptyFormState, formError: message };
    }
    throw error;
  }
}
