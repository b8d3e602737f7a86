import "server-only";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { AppError } from "@crestwood/api";
import type { AdminMessages } from "@crestwood/i18n";
import { PASSWORD_LIMITS } from "@crestwood/validators";
import { emptyFormState, type FormState } from "./form-state";

/** One field's error in the blog's language (the API speaks English to scripts). */
function fieldMessage(field: string, conflict: boolean, t: AdminMessages): string {
  const text = t.errors.byField;
  switch (field) {
    case "slug":
      return conflict ? text.slugTaken : text.slug;
    case "email":
      return conflict ? text.emailTaken : text.email;
    case "password":
      return text.password(PASSWORD_LIMITS.min);
    case "title":
    case "name":
    case "timezone":
    case "publishedAt":
    case "allowedOrigins":
      return text[field];
    default:
      return field.startsWith("labels") ? text.labels : t.errors.generic;
  }
}

/**
 * A procedure's refusal as form state: validation and "taken" errors go next to their fields,
 * FORBIDDEN and NOT_FOUND become a message for the form. Anything else is a bug: rethrown.
 */
export function formStateFromError(error: unknown, t: AdminMessages): FormState {
  if (!(error instanceof TRPCError)) throw error;
  const cause = error.cause;
  const fieldErrors: Record<string, string> = {};
  if (cause instanceof ZodError) {
    for (const issue of cause.issues) {
      const field = String(issue.path[0] ?? "");
      fieldErrors[field] ??= fieldMessage(field, false, t);
    }
  } else if (cause instanceof AppError && cause.field) {
    fieldErrors[cause.field] = fieldMessage(cause.field, error.code === "CONFLICT", t);
  } else if (error.code === "FORBIDDEN") {
    return { ...emptyFormState, formError: t.errors.forbidden };
  } else if (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST" || error.code === "CONFLICT") {
    return { ...emptyFormState, formError: t.errors.generic };
  } else {
    throw error;
  }
  return { fieldErrors, formError: t.errors.fixErrors, notice: null };
}
