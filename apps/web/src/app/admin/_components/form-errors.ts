import "server-only";
import { parseError } from "@crestwood/client";
import { LANGUAGES, messages, type AdminMessages, type Messages } from "@crestwood/i18n";
import { localizeFieldIssues } from "~/lib/field-errors";
import { emptyFormState, type FormState } from "./form-state";

/** The whole message set an admin message set belongs to (the localiser reads both sections). */
function messagesOf(t: AdminMessages): Messages {
  return LANGUAGES.map((code) => messages[code]).find((set) => set.admin === t) ?? messages.en;
}

/**
 * A procedure's refusal as form state: field errors (validation, a taken slug) next to their
 * fields in the blog's language, FORBIDDEN and other refusals as a message for the form. Anything
 * else (a bug, the database down) is rethrown, to the error page and the log.
 */
export function formStateFromError(error: unknown, t: AdminMessages): FormState {
  const parsed = parseError(error);
  if (parsed.fieldIssues.length > 0) {
    return { fieldErrors: localizeFieldIssues(parsed.fieldIssues, messagesOf(t)), formError: t.errors.fixErrors, notice: null };
  }
  switch (parsed.code) {
    case "FORBIDDEN":
      return { ...emptyFormState, formError: t.errors.forbidden };
    case "NOT_FOUND":
    case "BAD_REQUEST":
    case "CONFLICT":
      return { ...emptyFormState, formError: t.errors.generic };
    default:
      throw error;
  }
}
