"use client";

import { useActionState } from "react";
import { emptyFormState, type FormState } from "./form-state";
import { FormMessages } from "./form-messages";

interface ConfirmedActionButtonProps {
  /** A server action taking the row's `id` from the form. */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** The page the form posts to without JavaScript. */
  permalink: string;
  id: string;
  label: string;
  /** Names the row for screen readers, since every row has the same button text. */
  accessibleLabel: string;
  confirmMessage: string;
}

/** A destructive action on one row of an admin table, confirmed before it is sent. */
export function ConfirmedActionButton({ action, permalink, id, label, accessibleLabel, confirmMessage }: ConfirmedActionButtonProps) {
  const [state, formAction] = useActionState(action, emptyFormState, permalink);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(confirmMessage)) event.preventDefault();
      }}
    >
      <FormMessages state={state} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="danger" aria-label={accessibleLabel}>
        {label}
      </button>
    </form>
  );
}
