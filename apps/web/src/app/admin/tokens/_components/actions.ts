"use server";

import { refresh } from "next/cache";
import { getAdminContext } from "~/lib/admin";
import { formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

/** A created token's secret travels back once, in the form state; it is never stored readable. */
export type TokenFormState = FormState & { token?: string };

export async function createTokenAction(_previous: TokenFormState, formData: FormData): Promise<TokenFormState> {
  const { api, t } = await getAdminContext();
  const values = { name: formField(formData, "name"), role: formField(formData, "role"), expiresInDays: formField(formData, "expiresInDays") };
  let token: string;
  try {
    const created = await api.admin.token.create({
      name: values.name,
      role: values.role === "owner" ? "owner" : "author",
      expiresInDays: values.expiresInDays.trim() === "" ? null : values.expiresInDays,
    });
    token = created.token;
  } catch (error) {
    return { ...formStateFromError(error, t), values };
  }
  refresh();
  return { fieldErrors: {}, formError: null, notice: t.tokens.created, savedAt: Date.now(), token };
}

export async function revokeTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    await api.admin.token.revoke({ id: formField(formData, "id") });
  } catch (error) {
    return formStateFromError(error, t);
  }
  refresh();
  return { fieldErrors: {}, formError: null, notice: null };
}
