"use server";

import { parseError } from "@crestwood/client";
import { getAdminContext } from "~/lib/admin";
import { emptyFormState, formField, type FormState } from "../../../_components/form-state";

/** The button on the page the confirmation link opens: the new address takes effect. */
export async function confirmEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    const { email } = await api.auth.confirmEmail({ token: formField(formData, "token") });
    return { ...emptyFormState, notice: t.account.emailConfirmed(email), savedAt: Date.now() };
  } catch (error) {
    if (["BAD_REQUEST", "CONFLICT"].includes(parseError(error).code)) return { ...emptyFormState, formError: t.account.emailConfirmFailed };
    throw error;
  }
}
