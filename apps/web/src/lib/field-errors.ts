import type { FieldIssue } from "@crestwood/client";
import type { Messages } from "@crestwood/i18n";
import { PASSWORD_LIMITS } from "@crestwood/validators";

/**
 * The one localiser for field errors: the API speaks English to scripts (and says what was wrong
 * in `fieldIssues`, see @crestwood/client's parseError); every form of the web app shows these
 * messages, in the blog's language, next to the field.
 */
export function localizeFieldIssue(issue: FieldIssue, t: Messages): string {
  const reader = t.commentForm.errors;
  const admin = t.admin.errors.byField;
  const { field, kind, limit } = issue;
  switch (field) {
    case "authorName":
      return kind === "too_long" && limit ? reader.authorName.tooLong(limit) : reader.authorName.required;
    case "body":
      if (kind === "taken") return reader.duplicate;
      return kind === "too_long" && limit ? reader.body.tooLong(limit) : reader.body.required;
    case "authorUrl":
      return kind === "too_long" && limit ? reader.authorUrl.tooLong(limit) : reader.authorUrl.invalid;
    case "formToken":
      return reader.checkAndResend;
    case "honeypot":
      return reader.honeypot;
    case "slug":
      return kind === "taken" ? admin.slugTaken : admin.slug;
    case "email":
      return kind === "taken" ? admin.emailTaken : admin.email;
    case "password":
      return admin.password(PASSWORD_LIMITS.min);
    case "title":
    case "name":
    case "timezone":
    case "publishedAt":
    case "labels":
    case "commentMaxLinks":
    case "commentBlocklist":
    case "akismetKey":
    case "allowedOrigins":
      return admin[field];
    default:
      return t.admin.errors.generic;
  }
}

/** One message per field (the first issue's), for a form's `fieldErrors`. */
export function localizeFieldIssues(issues: readonly FieldIssue[], t: Messages): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[issue.field] ??= localizeFieldIssue(issue, t);
  return errors;
}
