"use server";

import { redirect } from "next/navigation";
import { parseError } from "@crestwood/client";
import { PASSWORD_LIMITS } from "@crestwood/validators";
import { getAdminContext } from "~/lib/admin";
import { emptyFormState, formField, type FormState } from "../../_components/form-state";

/** Sets the new password with the link's token, then sends the user to sign in with it. */
export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    await api.auth.resetPassword({ token: formField(formData, "token"), password: formField(formData, "password") });
  } catch (error) {
    const parsed = parseError(error);
    if (parsed.fieldIssues.some((issue) => issue.field === "password")) {
      return { ...emptyFormState, fieldErrors: { password: t.errors.byField.password(PASSWORD_LIMITS.min) }, formError: t.errors.fixErrors };
    }
    if (parsed.code === "BAD_REQUEST") return { ...emptyFormState, formError: t.reset.badLink };
    throw error;
  }
  redirect("/admin/sign-in?reset=1");
}
