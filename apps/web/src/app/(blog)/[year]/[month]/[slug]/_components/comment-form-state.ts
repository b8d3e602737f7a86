export type CommentField = "authorName" | "authorUrl" | "body";

export interface CommentFormState {
  values: Record<CommentField, string>;
  fieldErrors: Partial<Record<CommentField, string>>;
  formError: string | null;
  /** A fresh form token after a refusal, so sending again starts a new fill time (null: keep the page's). */
  formToken: string | null;
}

export const emptyCommentForm: CommentFormState = {
  values: { authorName: "", authorUrl: "", body: "" },
  fieldErrors: {},
  formError: null,
  formToken: null,
};
