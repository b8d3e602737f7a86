"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { emptyFormState } from "../../../_components/form-state";
import { FormMessages } from "../../../_components/form-messages";
import { applyCommentLinkAction } from "./actions";

export function CommentLinkForm({ language, token, action }: { language: LanguageCode; token: string; action: "approve" | "spam" }) {
  const [state, formAction, pending] = useActionState(applyCommentLinkAction, emptyFormState, `/admin/comments/act?token=${encodeURIComponent(token)}`);
  const t = messages[language].admin.commentLink;
  if (state.notice) return <FormMessages state={state} />;
  return (
    <form action={formAction}>
      <FormMessages state={state} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" className={action === "approve" ? "primary" : "danger"} disabled={pending}>
        {action === "approve" ? t.approveButton : t.spamButton}
      </button>
    </form>
  );
}
