"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { emptyFormState } from "../../../../_components/form-state";
import { FormMessages } from "../../../../_components/form-messages";
import { restoreRevisionAction } from "./actions";

export function RestoreButton({ postId, revisionId, baseVersion, name, language }: { postId: string; revisionId: string; baseVersion: number; name: string; language: LanguageCode }) {
  const [state, action, pending] = useActionState(restoreRevisionAction, emptyFormState, `/admin/posts/${postId}/history`);
  const t = messages[language].admin.history;
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t.confirmRestore)) event.preventDefault();
      }}
    >
      <FormMessages state={state} />
      <input type="hidden" name="id" value={revisionId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <button type="submit" disabled={pending} aria-label={`${t.restore}: ${name}`}>
        {t.restore}
      </button>
    </form>
  );
}
