import type { $ZodIssue } from "zod/v4/core";
import { COMMENT_LIMITS } from "@crestwood/validators";
import type { Messages } from "@crestwood/i18n";
import type { CommentField, CommentFormState } from "./comment-form-state";

const FIELDS: CommentField[] = ["authorName", "authorUrl", "body", "email"];

/**
 * The shared schema's issues in the blog's language: the schema speaks English to API clients,
 * readers of a Swedish blog get Swedish messages next to the fields.
 */
export function localizeCommentIssues(issues: readonly $ZodIssue[], t: Messages): CommentFormState["fieldErrors"] {
  const errors: CommentFormState["fieldErrors"] = {};
  const text = t.commentForm.errors;
  for (const issue of issues) {
    const field = FIELDS.find((name) => name === issue.path[0]);
    if (!field || errors[field]) continue;
    const max = COMMENT_LIMITS[field];
    if (field === "email") {
      const mail = t.commentNotify.errors;
      errors.email = issue.code === "too_big" ? mail.tooLong(max) : issue.code === "custom" ? mail.required : mail.invalid;
    } else if (issue.code === "too_big") errors[field] = text[field].tooLong(max);
    else if (field === "authorUrl") errors[field] = text.authorUrl.invalid;
    else errors[field] = text[field].required;
  }
  return errors;
}
