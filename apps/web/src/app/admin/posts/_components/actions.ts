"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { firstDifference } from "@crestwood/content";
import { canonicalFromParse5 } from "@crestwood/content/canonical-parse5";
import { parseError } from "@crestwood/client";
import { formatDate, formatTime, fromZonedInputValue, type AdminMessages } from "@crestwood/i18n";
import { getAdminContext } from "~/lib/admin";
import { formField, type EditConflict, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

/**
 * What the server left out of the body it was sent (markup outside the content allowlist, typed
 * in HTML mode), as a notice: saving never drops anything silently.
 */
function savedNotice(sent: string, stored: string, t: AdminMessages): string {
  const difference = firstDifference(canonicalFromParse5(sent), canonicalFromParse5(stored));
  if (!difference) return t.editor.saved;
  const removed = difference.expected.length > 160 ? `${difference.expected.slice(0, 160)}…` : difference.expected;
  return t.editor.savedWithRemovals(removed);
}

type AdminContext = Awaited<ReturnType<typeof getAdminContext>>;

/**
 * Someone else saved the post after this editor opened it: the editor's content is kept as the
 * author's autosave (nothing typed is lost), and the conflict says who saved, when, and where to
 * compare the two.
 */
async function editConflict({ api, blog }: AdminContext, id: string, mine: { title: string; slug: string; bodyHtml: string; labels: string[] }, baseVersion: number): Promise<EditConflict> {
  const kept = await api.admin.revision.autosave({ postId: id, ...mine, baseVersion });
  const { postVersion, revisions } = await api.admin.revision.list({ postId: id });
  const theirs = revisions.find((revision) => revision.kind !== "autosave");
  const at = theirs?.at ?? new Date();
  return {
    name: theirs?.authorName ?? null,
    at: `${formatDate(at, blog.language, blog.timeZone)} ${formatTime(at, blog.language, blog.timeZone)}`,
    currentVersion: postVersion,
    compareHref: `/admin/posts/${id}/history?${new URLSearchParams({ ...(theirs ? { from: theirs.id } : {}), to: kept.revisionId })}`,
  };
}

/**
 * Saves the editor's form. The button pressed says what to do: "draft" keeps or makes it a
 * draft (also "unpublish"), "publish" publishes now or at the chosen time (a future time schedules).
 */
export async function savePostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const context = await getAdminContext();
  const { api, t, blog } = context;
  const id = formField(formData, "id");
  const baseVersion = Number(formField(formData, "baseVersion")) || undefined;
  const kind = formField(formData, "kind") === "page" ? "page" : "post";
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
  let storedBody: string;
  let version: number;
  try {
    const saved = id ? await api.admin.post.update({ id, ...fields, baseVersion }) : await api.admin.post.create({ ...fields, kind });
    savedId = saved.id;
    storedBody = saved.bodyHtml;
    version = saved.version;
    if (formData.has("featuredMediaId")) await api.admin.media.setFeatured({ postId: savedId, mediaId: formField(formData, "featuredMediaId") || null });
  } catch (error) {
    if (id && baseVersion && parseError(error).fieldIssues.some((issue) => issue.field === "baseVersion")) {
      const conflict = await editConflict(context, id, { title: fields.title, slug: fields.slug, bodyHtml: fields.bodyHtml, labels: fields.labels }, baseVersion);
      return { fieldErrors: {}, formError: t.conflict.title, notice: null, conflict };
    }
    return formStateFromError(error, t);
  }
  // The services announced the change to reader pages; this re-renders the admin's own view.
  refresh();
  if (!id) redirect(`${kind === "page" ? "/admin/pages" : "/admin/posts"}/${savedId}?saved=1`);
  return { fieldErrors: {}, formError: null, notice: savedNotice(fields.bodyHtml, storedBody, t), savedAt: Date.now(), savedSnapshot: formField(formData, "snapshot"), version };
}

export async function deletePostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    await api.admin.post.delete({ id: formField(formData, "id") });
  } catch (error) {
    return formStateFromError(error, t);
  }
  refresh();
  redirect(formField(formData, "kind") === "page" ? "/admin/pages?deleted=1" : "/admin/posts?deleted=1");
}
