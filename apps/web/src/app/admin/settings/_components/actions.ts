"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAdminContext } from "~/lib/admin";
import { formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

const FIELDS = ["title", "description", "language", "timezone", "postsPerPage", "commentPolicy"] as const;

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
      language: values.language === "en" ? "en" : "sv",
      timezone: values.timezone ?? "",
      postsPerPage: values.postsPerPage ?? "",
      commentPolicy: (["open", "moderated", "closed"] as const).find((p) => p === values.commentPolicy) ?? "open",
    });
  } catch (error) {
    return { ...formStateFromError(error, t), values };
  }
  // Every page shows the title and uses the language: refresh them all.
  revalidatePath("/", "layout");
  redirect("/admin/settings?saved=1");
}
