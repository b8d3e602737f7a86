"use server";

import { revalidatePath } from "next/cache";
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { AppError } from "@crestwood/api";
import { PASSWORD_LIMITS } from "@crestwood/validators";
import { getAdminContext } from "~/lib/admin";
import { emptyFormState, formField, type FormState } from "../../_components/form-state";
import { formStateFromError } from "../../_components/form-errors";

type AdminT = Awaited<ReturnType<typeof getAdminContext>>["t"];

/** Errors of the account forms' own fields (the shared parser knows the common ones). */
function accountFormError(error: unknown, t: AdminT, values?: Record<string, string>): FormState {
  if (error instanceof TRPCError) {
    const field = error.cause instanceof AppError ? error.cause.field : error.cause instanceof ZodError ? String(error.cause.issues[0]?.path[0] ?? "") : undefined;
    const message =
      field === "currentPassword"
        ? t.account.wrongPassword
        : field === "newPassword"
          ? t.errors.byField.password(PASSWORD_LIMITS.min)
          : field === "website"
            ? t.account.websiteInvalid
            : field === "email" && error.code === "BAD_REQUEST" && error.cause instanceof AppError
              ? t.account.sameEmail
              : null;
    if (field && message) return { ...emptyFormState, fieldErrors: { [field]: message }, formError: t.errors.fixErrors, values };
  }
  return { ...formStateFromError(error, t), values };
}

export async function saveProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  const values = {
    name: formField(formData, "name"),
    displayName: formField(formData, "displayName"),
    bio: formField(formData, "bio"),
    website: formField(formData, "website"),
    avatarMediaId: formField(formData, "avatarMediaId"),
  };
  try {
    await api.admin.account.updateProfile(values);
  } catch (error) {
    return accountFormError(error, t, values);
  }
  // Names show in the admin's header and on every reader page (bylines, the About me box).
  revalidatePath("/", "layout");
  return { ...emptyFormState, notice: t.account.profileSaved, savedAt: Date.now() };
}

export async function changeEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  const email = formField(formData, "email");
  try {
    const { pendingEmail } = await api.admin.account.changeEmail({ email, currentPassword: formField(formData, "currentPassword") });
    revalidatePath("/admin/account");
    return { ...emptyFormState, notice: t.account.emailSent(pendingEmail), savedAt: Date.now() };
  } catch (error) {
    return accountFormError(error, t, { email });
  }
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    const { otherSessionsEnded } = await api.admin.account.changePassword({
      currentPassword: formField(formData, "currentPassword"),
      newPassword: formField(formData, "newPassword"),
    });
    revalidatePath("/admin/account");
    return { ...emptyFormState, notice: t.account.passwordChanged(otherSessionsEnded), savedAt: Date.now() };
  } catch (error) {
    return accountFormError(error, t);
  }
}

export async function endSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { api, t } = await getAdminContext();
  try {
    await api.admin.account.endSession({ id: formField(formData, "id") });
  } catch (error) {
    return formStateFromError(error, t);
  }
  revalidatePath("/admin/account");
  return emptyFormState;
}
