"use server";

import { refresh } from "next/cache";
import { getAdminContext } from "~/lib/admin";
import { formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

export async function saveSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    await api.admin.blog.update({
      title: formField(formData, "title"),
      description: formField(formData, "description"),
      allowedOrigins: formField(formData, "allowedOrigins"),
      language: formField(formData, "language") === "en" ? "en" : "sv",
      timezone: formField(formData, "timezone"),
      postsPerPage: formField(formData, "postsPerPage"),
      commentPolicy: (["open", "moderated", "closed"] as const).find((p) => p === formField(formData, "commentPolicy")) ?? "open",
    });
  } catch (error) {
    return formStateFromError(error, t);
  }
  // The admin itself shows the title and speaks the blog's language: render it again.
  refresh();
  return { fieldErrors: {}, formError: null, notice: t.settings.saved, savedAt: Date.now() };
}
