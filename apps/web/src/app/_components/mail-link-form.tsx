"use client";

import { useActionState } from "react";
import type { MailLinkState } from "./mail-link-actions";

interface MailLinkFormProps {
  action: (previous: MailLinkState, formData: FormData) => Promise<MailLinkState>;
  /** Where the form posts without JavaScript: the page itself. */
  permalink: string;
  token: string;
  button: string;
  done: string;
  invalid: string;
  expired: string;
}

/** One button that does what a link from a mail is for (confirm, unsubscribe), then says so. */
export function MailLinkForm({ action, permalink, token, button, done, invalid, expired }: MailLinkFormProps) {
  const [state, formAction, pending] = useActionState(action, { done: false, error: null }, permalink);
  if (state.done) {
    return (
      <p className="form-notice" role="status">
        {done}
      </p>
    );
  }
  return (
    <form action={formAction}>
      {state.error ? (
        <p className="form-error" role="alert">
          {state.error === "expired" ? expired : invalid}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="button" disabled={pending}>
        {button}
      </button>
    </form>
  );
}
