"use client";

import { useId, useState, type KeyboardEvent } from "react";
import type { AdminMessages } from "@crestwood/i18n";
import { LABEL_NAME_MAX } from "@crestwood/validators";

interface LabelPickerProps {
  labels: string[];
  onChange: (labels: string[]) => void;
  /** Labels that exist, offered while typing. */
  existing: string[];
  t: AdminMessages["editor"];
  error?: string;
}

/** The post's labels as removable chips; type to pick an existing label or to create one. */
export function LabelPicker({ labels, onChange, existing, t, error }: LabelPickerProps) {
  const id = useId();
  const [draft, setDraft] = useState("");
  const add = () => {
    const name = draft.trim();
    if (name && !labels.includes(name)) onChange([...labels, name]);
    setDraft("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  };
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t.labels}</legend>
      <ul className="label-chips">
        {labels.map((name) => (
          <li key={name}>
            {name}
            <input type="hidden" name="labels" value={name} />
            <button type="button" aria-label={t.removeLabel(name)} onClick={() => onChange(labels.filter((l) => l !== name))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="label-add">
        <label className="visually-hidden" htmlFor={`${id}-new`}>
          {t.newLabel}
        </label>
        <input
          id={`${id}-new`}
          list={`${id}-existing`}
          placeholder={t.newLabel}
          maxLength={LABEL_NAME_MAX}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" onClick={add}>
          {t.addLabel}
        </button>
      </div>
      <datalist id={`${id}-existing`}>
        {existing
          .filter((name) => !labels.includes(name))
          .map((name) => (
            <option key={name} value={name} />
          ))}
      </datalist>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
