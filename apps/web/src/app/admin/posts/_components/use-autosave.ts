"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TAutosaveInput } from "@crestwood/validators";
import { autosaveAction } from "./autosave-actions";

/** Quiet time after the last keystroke before the draft is autosaved. */
export const AUTOSAVE_IDLE_MS = 3_000;
/** Browsers refuse keepalive requests above 64 KiB; larger drafts rely on the idle autosave. */
const KEEPALIVE_MAX_BYTES = 60_000;

export type AutosaveStatus = { state: "idle" } | { state: "saving" } | { state: "saved"; at: Date; revisionId: string } | { state: "failed" } | { state: "stale"; at: Date; revisionId: string };

type Content = Omit<TAutosaveInput, "postId" | "baseVersion">;

/**
 * Autosaves the editor's content a few seconds after typing stops, and once more as the page is
 * left (closed tab, navigation, a phone putting the browser away). `read` returns the editor's
 * content now; `changed` tells the hook something was typed.
 */
export function useAutosave({ postId, baseVersion, read, enabled = true }: { postId: string | null; baseVersion: number; read: () => Content; enabled?: boolean }) {
  const [status, setStatus] = useState<AutosaveStatus>({ state: "idle" });
  const lastSaved = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const readRef = useRef(read);
  useEffect(() => {
    readRef.current = read;
  }, [read]);

  const snapshot = useCallback((): TAutosaveInput | null => (postId ? { postId, baseVersion, ...readRef.current() } : null), [postId, baseVersion]);

  const saveNow = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const input = snapshot();
    if (!enabled || !input) return;
    const key = JSON.stringify(input);
    if (key === lastSaved.current) return;
    setStatus({ state: "saving" });
    try {
      const result = await autosaveAction(input);
      if (!result.ok) return setStatus({ state: "failed" });
      lastSaved.current = key;
      setStatus({ state: result.stale ? "stale" : "saved", at: new Date(result.savedAt), revisionId: result.revisionId });
    } catch {
      setStatus({ state: "failed" });
    }
  }, [enabled, snapshot]);

  const changed = useCallback(() => {
    if (!enabled) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_IDLE_MS);
  }, [enabled, saveNow]);

  /** The content just saved for real (save, publish): nothing left to autosave. */
  const markSaved = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const input = snapshot();
    lastSaved.current = input ? JSON.stringify(input) : null;
    // "Autosaved at …" would now describe an older draft than the save just made.
    setStatus({ state: "idle" });
  }, [snapshot]);

  useEffect(() => {
    if (!enabled) return;
    const leave = () => {
      const input = snapshot();
      if (!input) return;
      const body = JSON.stringify(input);
      if (body === lastSaved.current || new Blob([body]).size > KEEPALIVE_MAX_BYTES) return;
      lastSaved.current = body;
      void fetch("/api/autosave", { method: "POST", headers: { "content-type": "application/json" }, body, keepalive: true, credentials: "same-origin" }).catch(() => undefined);
    };
    const hidden = () => {
      if (document.visibilityState === "hidden") leave();
    };
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("pagehide", leave);
      document.removeEventListener("visibilitychange", hidden);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [enabled, snapshot]);

  return { status, changed, saveNow, markSaved };
}
