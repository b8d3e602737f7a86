"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getAdminContext } from "~/lib/admin";

/** Saves the blog's icon, then shows the settings page again with a notice (post/redirect/get). */
export async function saveFaviconAction(formData: FormData): Promise<void> {
  const { api } = await getAdminContext();
  const mediaId = formData.get("mediaId");
  await api.admin.blog.setFavicon({ mediaId: typeof mediaId === "string" && mediaId !== "" ? mediaId : null });
  // Every page's <head> names the icon.
  revalidatePath("/", "layout");
  redirect("/admin/settings?favicon=saved#favicon-heading");
}
