"use server";

import { redirect } from "next/navigation";
import { parseError } from "@crestwood/client";
import { getAdminContext } from "~/lib/admin";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { emptyFormState, formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

/** Signs in and goes back where the user was headed (a path on this site only). */
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  const email = formField(formData, "email");
  const refused = (formError: string): FormState => ({ ...emptyFormState, formError, values: { email } });
  try {
    await api.auth.signIn({ email, password: formField(formData, "password") });
  } catch (error) {
    const { code, retryAfterSeconds } = parseError(error);
    if (code === "UNAUTHORIZED" || code === "BAD_REQUEST") return refused(t.signIn.wrong);
    if (code === "TOO_MANY_REQUESTS") return refused(t.signIn.throttled(Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60))));
    return formStateFromError(error, t);
  }
  redirect(safeRedirectPath(formField(formData, "next")));
}

export async function signOutAction(_previous: FormState): Promise<FormState> {
  const { api } = await getAdminContext();
  await api.auth.signOut();
  redirect("/admin/sign-in?signed-out=1");
}

export async function signOutEverywhereAction(_previous: FormState): Promise<FormState> {
  const { api } = await getAdminContext();
  await api.auth.signOutEverywhere();
  redirect("/admin/sign-in?signed-out=1");
}
