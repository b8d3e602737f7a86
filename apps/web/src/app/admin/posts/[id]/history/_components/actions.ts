"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getAdminContext } from "~/lib/admin";
import { formField, type FormState } from "../../../../_components/form-state";
import { formStateFromError } from "../../../../_components/form-errors";

/** Brings a revision back as the post's content (a new revision), on top of the version shown. */
export async function restoreRevisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  let postId: string;
  try {
    const post = await api.admin.revision.restore({ id: formField(formData, "id"), baseVersion: formField(formData, "baseVersion") });
    postId = post.id;
  } catch (error) {
    return formStateFromError(error, t);
  }
  revalidatePath("/", "layout");
  redirect(`/admin/posts/${postId}/history?restored=1`);
}
