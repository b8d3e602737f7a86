"use server";

import { parseError } from "@crestwood/client";
import { getApi } from "~/trpc/server";

export interface MailLinkState {
  done: boolean;
  error: "invalid" | "expired" | null;
}

function refused(error: unknown): MailLinkState {
  const { code, message } = parseError(error);
  if (code === "BAD_REQUEST" || code === "NOT_FOUND") {
    return { done: false, error: /expired/.test(message) ? "expired" : "invalid" };
  }
  throw error;
}

function token(formData: FormData): string {
  const value = formData.get("token");
  return typeof value === "string" ? value : "";
}

/** The buttons of pages that links in mail open: nothing happens until the reader presses one. */
export async function confirmFollowAction(_previous: MailLinkState, formData: FormData): Promise<MailLinkState> {
  try {
    await (await getApi()).follow.confirm({ token: token(formData) });
    return { done: true, error: null };
  } catch (error) {
    return refused(error);
  }
}

export async function unsubscribeFollowAction(_previous: MailLinkState, formData: FormData): Promise<MailLinkState> {
  try {
    await (await getApi()).follow.unsubscribe({ token: token(formData) });
    return { done: true, error: null };
  } catch (error) {
    return refused(error);
  }
}

export async function unsubscribeRepliesAction(_previous: MailLinkState, formData: FormData): Promise<MailLinkState> {
  try {
    await (await getApi()).comment.unsubscribeReplies({ token: token(formData) });
    return { done: true, error: null };
  } catch (error) {
    return refused(error);
  }
}
