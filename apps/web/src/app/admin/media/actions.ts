"use server";

import { redirect } from "next/navigation";
import { parseError } from "@crestwood/client";
import { getApi } from "~/trpc/server";

/** Server actions (Next checks their Origin: the cross-site guard every mutation needs). */

export async function describeMedia(id: string, text: { alt: string; caption: string }) {
  const api = await getApi();
  await api.admin.media.update({ id, alt: text.alt, caption: text.caption });
}

export async function saveMedia(formData: FormData) {
  const id = String(formData.get("id") ?? "");
  const api = await getApi();
  await api.admin.media.update({ id, alt: String(formData.get("alt") ?? ""), caption: String(formData.get("caption") ?? "") });
  redirect(`/admin/media/${encodeURIComponent(id)}?saved=1`);
}

export async function deleteMedia(formData: FormData) {
  const id = String(formData.get("id") ?? "");
  const api = await getApi();
  try {
    await api.admin.media.delete({ id, force: formData.get("force") === "on" });
  } catch (error) {
    // Still used and not forced: back to the page, which lists the posts and offers "delete anyway".
    if (parseError(error).code === "CONFLICT") redirect(`/admin/media/${encodeURIComponent(id)}?inUse=1`);
    throw error;
  }
  redirect("/admin/media?deleted=1");
}
