export type CommentField = "authorName" | "authorUrl" | "body" | "email";

export interface CommentFormState {
  /** notifyReplies: "on" when the box was ticked. */
  values: Record<CommentField | "notifyReplies", string>;
  fieldErrors: Partial<Record<CommentField, string>>;
  formError: string | null;
  /** A fresh form token after a refusal, so sending again starts a new fill time (null: keep the page's). */
  formToken: string | null;
}

export const emptyCommentForm: CommentFormState = {
  values: { authorName: "", authorUrl: "", body: "", email: "", notifyReplies: "" },
  fieldErrors: {},
  formError: null,
  formToken: null,
};
