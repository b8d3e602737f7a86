"use client";

import { useActionState } from "react";
import Link from "next/link";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { LABEL_NAME_MAX } from "@crestwood/validators";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { Cell } from "../../_components/admin-table";
import { deleteLabelAction, mergeLabelAction, renameLabelAction } from "./actions";

interface LabelRowProps {
  label: { id: string; name: string; postCount: number; path: string };
  others: { id: string; name: string }[];
  language: LanguageCode;
}

/** One label: its count, and forms to rename it, merge it into another, or delete it. */
export function LabelRow({ label, others, language }: LabelRowProps) {
  const t = messages[language].admin.labels;
  const [renameState, rename] = useActionState(renameLabelAction, emptyFormState, "/admin/labels");
  const [mergeState, merge] = useActionState(mergeLabelAction, emptyFormState, "/admin/labels");
  const [deleteState, remove] = useActionState(deleteLabelAction, emptyFormState, "/admin/labels");
  const state = [renameState, mergeState, deleteState].find((s) => s.formError) ?? emptyFormState;
  return (
    <tr>
      <Cell label={t.name} header>
        <Link href={label.path}>{label.name}</Link>
        <FormMessages state={state} />
      </Cell>
      <Cell label={t.posts}>{label.postCount}</Cell>
      <Cell label={t.rename}>
        <form action={rename} className="inline-form">
          <input type="hidden" name="id" value={label.id} />
          <label className="visually-hidden" htmlFor={`rename-${label.id}`}>
            {t.newName(label.name)}
          </label>
          <input id={`rename-${label.id}`} name="name" defaultValue={renameState.values?.name ?? label.name} required maxLength={LABEL_NAME_MAX} />
          <button type="submit">{t.rename}</button>
        </form>
      </Cell>
      <Cell label={t.merge}>
        {others.length > 0 ? (
          <form
            action={merge}
            className="inline-form"
            onSubmit={(event) => {
              // Merging cannot be undone from here: say what will happen first.
              const select = event.currentTarget.elements.namedItem("targetId");
              const into = select instanceof HTMLSelectElement ? (select.selectedOptions[0]?.text ?? "") : "";
              if (!window.confirm(t.confirmMerge(label.name, into))) event.preventDefault();
            }}
          >
            <input type="hidden" name="id" value={label.id} />
            <label className="visually-hidden" htmlFor={`merge-${label.id}`}>
              {t.mergeInto(label.name)}
            </label>
            <select id={`merge-${label.id}`} name="targetId">
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
            <button type="submit">{t.merge}</button>
          </form>
        ) : null}
      </Cell>
      <Cell label={t.delete}>
        <form
          action={remove}
          onSubmit={(event) => {
            if (!window.confirm(t.confirmDelete(label.name))) event.preventDefault();
          }}
        >
          <input type="hidden" name="id" value={label.id} />
          <button type="submit" className="danger" aria-label={`${t.delete} ${label.name}`}>
            {t.delete}
          </button>
        </form>
      </Cell>
    </tr>
  );
}
