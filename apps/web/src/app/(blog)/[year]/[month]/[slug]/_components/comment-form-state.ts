export type CommentField = "authorName" | "authorUrl" | "body";

export interface CommentFormState {
  values: Record<CommentField, string>;
  fieldErrors: Partial<Record<CommentField, string>>;
  formError: string | null;
}

export const emptyCommentForm: CommentFormState = {
  values: { authorName: "", authorUrl: "", body: "" },
  fieldErrors: {},
  formError: null,
};
