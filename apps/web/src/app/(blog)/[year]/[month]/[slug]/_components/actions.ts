"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { getBlogContext } from "~/lib/blog";
import { getApi } from "~/trpc/server";
import type { CommentFormState } from "./comment-form-state";
import { localizeCommentIssues } from "./localize-comment-errors";

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * The comment form's action. Works as a plain HTML form post (no JavaScript) and from the
 * client without a reload; either way a stored comment ends with a redirect to the post.
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
    const created = await api.comment.create({ postId: field(formData, "postId"), parentId: field(formData, "parentId"), ...values });
    revalidatePath(created.postPath);
    target = created.status === "published" ? `${created.postPath}#c${created.id}` : `${created.postPath}?comment=pending#comment-form`;
  } catch (error) {
    if (error instanceof TRPCError && error.cause instanceof ZodError) {
      return { values, fieldErrors: localizeCommentIssues(error.cause.issues, t), formError: t.commentForm.fixErrors };
    }
    if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS") {
      return { values, fieldErrors: {}, formError: t.commentForm.errors.tooMany };
    }
    if (error instanceof TRPCError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      return { values, fieldErrors: {}, formError: error.code === "FORBIDDEN" ? t.commentForm.closed : t.commentForm.errors.generic };
    }
    throw error;
  }
  redirect(target);
}
