"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { parseError } from "@crestwood/client";
import { getBlogContext } from "~/lib/blog";
import { localizeFieldIssues } from "~/lib/field-errors";
import { getApi } from "~/trpc/server";
import type { CommentField, CommentFormState } from "./comment-form-state";

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

const FIELDS: CommentField[] = ["authorName", "authorUrl", "body", "email"];

/**
 * The comment form's action. Works as a plain HTML form post (no JavaScript) and from the
 * client without a reload; either way a stored comment ends with a redirect to the post. A
 * refusal keeps what the reader wrote and hands out a fresh form token.
 */
export async function submitComment(_previous: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const values = {
    authorName: field(formData, "authorName"),
    authorUrl: field(formData, "authorUrl"),
    body: field(formData, "body"),
    email: field(formData, "email"),
    notifyReplies: field(formData, "notifyReplies"),
  };
  const [api, { t }] = await Promise.all([getApi(), getBlogContext()]);

  let target: string;
  try {
    // The form posts its post's id; the post is not looked up again here (createComment reads it once).
    const created = await api.comment.create({
      postId: field(formData, "postId"),
      parentId: field(formData, "parentId"),
      ...values,
      honeypot: field(formData, "honeypot"),
      formToken: field(formData, "formToken"),
    });
    revalidatePath(created.postPath);
    target = created.status === "published" ? `${created.postPath}#c${created.id}` : `${created.postPath}?comment=pending#comment-form`;
  } catch (error) {
    const parsed = parseError(error);
    const refused = async (formError: string, fieldErrors: CommentFormState["fieldErrors"] = {}): Promise<CommentFormState> => ({
      values,
      fieldErrors,
      formError,
      formToken: (await api.comment.formToken()).formToken,
    });
    const localized = localizeFieldIssues(parsed.fieldIssues, t);
    const emailIssue = parsed.fieldIssues.find((issue) => issue.field === "email");
    if (emailIssue) {
      // The reader's e-mail field says more than an account's: left empty with "notify me" ticked.
      const mail = t.commentNotify.errors;
      localized.email = emailIssue.kind === "too_long" && emailIssue.limit ? mail.tooLong(emailIssue.limit) : values.email.trim() === "" ? mail.required : mail.invalid;
    }
    const fieldErrors = Object.fromEntries(FIELDS.flatMap((name) => (localized[name] ? [[name, localized[name]]] : [])));
    // Not the reader's mistake to fix in a field: sent too fast, a filled honeypot, a duplicate.
    const formWide = localized.formToken ?? localized.honeypot ?? (parsed.code === "CONFLICT" ? localized.body : undefined);
    if (formWide) return refused(formWide);
    if (Object.keys(fieldErrors).length > 0) return refused(t.commentForm.fixErrors, fieldErrors);
    switch (parsed.code) {
      case "TOO_MANY_REQUESTS":
        return refused(t.commentForm.errors.tooMany);
      case "FORBIDDEN":
        return refused(t.commentForm.closed);
      case "NOT_FOUND":
      case "BAD_REQUEST":
      case "CONFLICT":
        return refused(t.commentForm.errors.generic);
      default:
        throw error;
    }
  }
  redirect(target);
}
