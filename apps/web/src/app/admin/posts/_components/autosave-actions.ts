"use server";

import type { TAutosaveInput } from "@crestwood/validators";
import { TRPCError } from "@trpc/server";
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
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return { ok: false, reason: "signed-out" };
    if (error instanceof TRPCError) return { ok: false, reason: "refused" };
    throw error;
  }
}

/** "Discard them": drops the autosave the editor restored. */
export async function discardAutosaveAction(postId: string): Promise<void> {
  const { api } = await getAdminContext();
  await api.admin.revision.discardAutosave({ postId });
}
