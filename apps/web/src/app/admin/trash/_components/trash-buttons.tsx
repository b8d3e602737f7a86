"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { deleteForeverAction, restoreAction } from "./actions";

/** Restore, or delete for good (confirmed), one item of the trash. */
export function TrashButtons({ kind, id, name, language }: { kind: "post" | "comment"; id: string; name: string; language: LanguageCode }) {
  const [restoreState, restore, restoring] = useActionState(restoreAction, emptyFormState, "/admin/trash");
  const [deleteState, destroy, deleting] = useActionState(deleteForeverAction, emptyFormState, "/admin/trash");
  const t = messages[language].admin.trash;
  return (
    <div className="row-actions">
      <form action={restore}>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <button type="submit" className="primary" disabled={restoring} aria-label={`${t.restore}: ${name}`}>
          {t.restore}
        </button>
      </form>
      <form
        action={destroy}
        onSubmit={(event) => {
          if (!window.confirm(t.confirmDeleteForever)) event.preventDefault();
        }}
      >
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <button type="submit" className="danger" disabled={deleting} aria-label={`${t.deleteForever}: ${name}`}>
          {t.deleteForever}
        </button>
      </form>
      <FormMessages state={restoreState.formError || restoreState.notice ? restoreState : deleteState} />
    </div>
  );
}
