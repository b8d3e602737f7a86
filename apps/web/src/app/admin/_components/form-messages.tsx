import type { FormState } from "./form-state";

/** The form-level error (an alert) or notice (a status message) of an admin form. */
export function FormMessages({ state }: { state: FormState }) {
  return (
    <>
      {state.formError ? (
        <p className="form-error" role="alert">
          {state.formError}
        </p>
      ) : null}
      {state.notice ? (
        <p className="form-notice" role="status">
          {state.notice}
        </p>
      ) : null}
    </>
  );
}
