"use server";

import type { TAutosaveInput } from "@crestwood/validators";
import { parseError } from "@crestwood/client";
import { getAdminContext } from "~/lib/admin";

export type AutosaveResult =
  | { ok: true; revisionId: string; savedAt: string; stale: boolean }
  | { ok: false; reason: "signed-out" | "refused" };

/**
 * The editor's autosave: the author's unsaved work into their autosave revision of the post. The
 * post itself (and what readers see) changes only when the author saves or publishes.
 */
export async function autosaveAction(input: TAutosaveInput): Promise<AutosaveResult> {
  const { api } = await getAdminContext();
  try {
    const saved = await api.admin.revision.autosave(input);
    return { ok: true, revisionId: saved.revisionId, savedAt: saved.savedAt.toISOString(), stale: saved.stale };
  } catch (error) {
    const { code } = parseError(error);
    if (code === "UNAUTHORIZED") return { ok: false, reason: "signed-out" };
    if (code === "NETWORK" || code === "UNKNOWN" || code === "INTERNAL_SERVER_ERROR") throw error;
    return { ok: false, reason: "refused" };
  }
}

/** "Discard them": drops the autosave the editor restored. */
export async function discardAutosaveAction(postId: string): Promise<void> {
  const { api } = await getAdminContext();
  await api.admin.revision.discardAutosave({ postId });
}
