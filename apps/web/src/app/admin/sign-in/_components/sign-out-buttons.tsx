"use client";

import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { emptyFormState } from "../../_components/form-state";
import { signOutAction, signOutEverywhereAction } from "./actions";

/** "Sign out" (this browser) and "Sign out everywhere" (every session of this account). */
export function SignOutButtons({ language }: { language: LanguageCode }) {
  const t = messages[language].admin;
  const [, signOut] = useActionState(signOutAction, emptyFormState, "/admin/sign-in");
  const [, signOutEverywhere] = useActionState(signOutEverywhereAction, emptyFormState, "/admin/sign-in");
  return (
    <>
      <form action={signOut}>
        <button type="submit" className="link-button">
          {t.signOut}
        </button>
      </form>
      <form action={signOutEverywhere}>
        <button type="submit" className="link-button">
          {t.signOutEverywhere}
        </button>
      </form>
    </>
  );
}
