/** What an admin form shows after a submit: errors by field, one for the form, or a notice. */
export interface FormState {
  fieldErrors: Record<string, string>;
  formError: string | null;
  notice: string | null;
  /** What the user typed, to show again after a refusal (React resets a form after its action). */
  values?: Record<string, string>;
  /** Changes on every successful save (a form that empties itself after one uses it as a key). */
  savedAt?: number;
  /** The editor's content as saved, so it can tell unsaved changes from saved ones. */
  savedSnapshot?: string;
  /** The editor: the post's version after a save (the next save is made on top of it). */
  version?: number;
  /** The editor: someone else saved the post after it was opened; nothing was saved. */
  conflict?: EditConflict;
}

export interface EditConflict {
  /** Who saved it, when (formatted in the blog's language and timezone). */
  name: string | null;
  at: string;
  /** The post's version now: "save mine over theirs" saves on top of it. */
  currentVersion: number;
  /** The history page comparing their save with this editor's content (kept as its autosave). */
  compareHref: string;
}

export const emptyFormState: FormState = { fieldErrors: {}, formError: null, notice: null };

export function formField(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
