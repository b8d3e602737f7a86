"use client";

import { useActionState } from "react";
import Link from "next/link";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { LABEL_NAME_MAX } from "@crestwood/validators";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
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
      <th scope="row">
        <Link href={label.path}>{label.name}</Link>
        <FormMessages state={state} />
      </th>
      <td>{label.postCount}</td>
      <td>
        <form action={rename} className="inline-form">
          <input type="hidden" name="id" value={label.id} />
          <label className="visually-hidden" htmlFor={`rename-${label.id}`}>
            {t.newName(label.name)}
          </label>
          <input id={`rename-${label.id}`} name="name" defaultValue={label.name} required maxLength={LABEL_NAME_MAX} />
          <button type="submit">{t.rename}</button>
        </form>
      </td>
      <td>
        {others.length > 0 ? (
          <form action={merge} className="inline-form">
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
      </td>
      <td>
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
      </td>
    </tr>
  );
}
