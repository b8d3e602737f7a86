"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { fromZonedInputValue } from "@crestwood/i18n";
import { getAdminContext } from "~/lib/admin";
import { formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

/**
 * Saves the editor's form. The button pressed says what to do: "draft" keeps or makes it a
 * draft (also "unpublish"), "publish" publishes now or at the chosen time (a future time schedules).
 */
export async function savePostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t, blog } = await getAdminContext();
  const id = formField(formData, "id");
  const publishedAtRaw = formField(formData, "publishedAt");
  const publishedAt = publishedAtRaw ? fromZonedInputValue(publishedAtRaw, blog.timeZone) : null;
  if (publishedAtRaw && !publishedAt) return { fieldErrors: { publishedAt: t.errors.byField.publishedAt }, formError: t.errors.fixErrors, notice: null };
  const fields = {
    title: formField(formData, "title"),
    slug: formField(formData, "slug"),
    bodyHtml: formField(formData, "bodyHtml"),
    labels: formData.getAll("labels").filter((value): value is string => typeof value === "string"),
    status: formField(formData, "intent") === "publish" ? ("published" as const) : ("draft" as const),
    publishedAt,
  };
  let savedId: string;
  try {
    savedId = id ? (await api.admin.post.update({ id, ...fields })).id : (await api.admin.post.create(fields)).id;
    if (formData.has("featuredMediaId")) await api.admin.media.setFeatured({ postId: savedId, mediaId: formField(formData, "featuredMediaId") || null });
  } catch (error) {
    return formStateFromError(error, t);
  }
  // The services announced the change to reader pages; this re-renders the admin's own view.
  refresh();
  if (!id) redirect(`/admin/posts/${savedId}?saved=1`);
  return { fieldErrors: {}, formError: null, notice: t.editor.saved, savedAt: Date.now(), savedSnapshot: formField(formData, "snapshot") };
}

export async function deletePostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    await api.admin.post.delete({ id: formField(formData, "id") });
  } catch (error) {
    return formStateFromError(error, t);
  }
  refresh();
  redirect("/admin/posts?deleted=1");
}
