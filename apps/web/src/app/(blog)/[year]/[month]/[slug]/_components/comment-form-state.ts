export type CommentField = "authorName" | "authorUrl" | "body" | "email";

export interface CommentFormState {
  /** notifyReplies: "on" when the box was ticked. */
  values: Record<CommentField | "notifyReplies", string>;
  fieldErrors: Partial<Record<CommentField, string>>;
  formError: string | null;
}

export const emptyCommentForm: CommentFormState = {
  values: { authorName: "", authorUrl: "", body: "", email: "", notifyReplies: "" },
  fieldErrors: {},
  formError: null,
};
