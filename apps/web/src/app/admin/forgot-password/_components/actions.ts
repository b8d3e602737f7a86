"use server";

import { parseError } from "@crestwood/client";
import { getAdminContext } from "~/lib/admin";
import { emptyFormState, formField, type FormState } from "../../_components/form-state";

/** Asks for a reset link. The notice is the same whether or not the address has an account. */
export async function requestResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  const email = formField(formData, "email");
  try {
    await api.auth.requestPasswordReset({ email });
  } catch (error) {
    const parsed = parseError(error);
    if (parsed.code === "BAD_REQUEST") {
      return { ...emptyFormState, fieldErrors: { email: t.errors.byField.email }, formError: t.errors.fixErrors, values: { email } };
    }
    if (parsed.code === "TOO_MANY_REQUESTS") {
      const seconds = parsed.retryAfterSeconds ?? 60;
      return { ...emptyFormState, formError: t.forgot.tooMany(Math.max(1, Math.ceil(seconds / 60))), values: { email } };
    }
    throw error;
  }
  return { ...emptyFormState, notice: t.forgot.sent, savedAt: Date.now() };
}
