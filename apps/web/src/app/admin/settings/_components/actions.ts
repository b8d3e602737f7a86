"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAdminContext } from "~/lib/admin";
import { formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

const FIELDS = ["title", "description", "allowedOrigins", "language", "timezone", "postsPerPage", "commentPolicy"] as const;

/**
 * Saves the settings and reloads the page: this request's blog context was read before the save
 * (old language, old title), so the answer comes from a fresh request, in the new language.
 * A refusal keeps what was typed.
 */
export async function saveSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  const values = Object.fromEntries(FIELDS.map((name) => [name, formField(formData, name)]));
  try {
    await api.admin.blog.update({
      title: values.title ?? "",
      description: values.description ?? "",
      allowedOrigins: values.allowedOrigins ?? "",
      language: values.language === "en" ? "en" : "sv",
      timezone: values.timezone ?? "",
      postsPerPage: values.postsPerPage ?? "",
      commentPolicy: (["open", "moderated", "closed"] as const).find((p) => p === values.commentPolicy) ?? "open",
    });
  } catch (error) {
    return { ...formStateFromError(error, t), values };
  }
  // The admin shows the title and speaks the blog's language: render it again (reader pages
  // follow the settings.changed announcement).
  revalidatePath("/", "layout");
  redirect("/admin/settings?saved=1");
}
