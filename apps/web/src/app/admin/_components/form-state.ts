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
}

export const emptyFormState: FormState = { fieldErrors: {}, formError: null, notice: null };

export function formField(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
