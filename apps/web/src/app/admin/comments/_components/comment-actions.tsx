"use client";

import { useActionState, useId } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { COMMENT_LIMITS } from "@crestwood/validators";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { deleteCommentAction, replyAction, setCommentStatusAction } from "./actions";

interface CommentActionsProps {
  id: string;
  status: "pending" | "published" | "spam";
  language: LanguageCode;
}

const QUEUE = "/admin/comments";

function StatusButton({ id, status, label }: { id: string; status: string; label: string }) {
  const [state, action] = useActionState(setCommentStatusAction, emptyFormState, QUEUE);
  return (
    <form action={action}>
      <FormMessages state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="status" value={status} />
      <button type="submit">{label}</button>
    </form>
  );
}

/** Approve, spam, delete and reply for one comment in the queue. */
export function CommentActions({ id, status, language }: CommentActionsProps) {
  const t = messages[language].admin.comments;
  const fieldId = useId();
  const [state, action, pending] = useActionState(replyAction, emptyFormState, QUEUE);
  const [deleteState, deleteAction] = useActionState(deleteCommentAction, emptyFormState, QUEUE);
  return (
    <div className="comment-actions">
      {status !== "published" ? <StatusButton id={id} status="published" label={t.approve} /> : null}
      {status !== "spam" ? <StatusButton id={id} status="spam" label={t.markSpam} /> : <StatusButton id={id} status="pending" label={t.notSpam} />}
      <form
        action={deleteAction}
        onSubmit={(event) => {
          if (!window.confirm(t.confirmDelete)) event.preventDefault();
        }}
      >
        <FormMessages state={deleteState} />
        <input type="hidden" name="id" value={id} />
        <button type="submit" className="danger">
          {t.delete}
        </button>
      </form>
      {status !== "spam" ? (
        <details>
          <summary>{t.reply}</summary>
          <form action={action} className="admin-form">
            <FormMessages state={state} />
            <input type="hidden" name="commentId" value={id} />
            <div className="field">
              <label htmlFor={`${fieldId}-reply`}>{t.replyLabel}</label>
              <textarea id={`${fieldId}-reply`} name="body" rows={3} required maxLength={COMMENT_LIMITS.body} aria-invalid={state.fieldErrors.body ? true : undefined} />
            </div>
            <button type="submit" className="primary" disabled={pending}>
              {t.sendReply}
            </button>
          </form>
        </details>
      ) : null}
    </div>
  );
}
