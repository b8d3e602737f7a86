"use client";

import Link from "next/link";
import { useActionState } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { COMMENT_LIMITS } from "@crestwood/validators";
import { submitComment } from "./actions";
import { emptyCommentForm, type CommentField } from "./comment-form-state";

interface CommentFormProps {
  postId: string;
  /** The comment this form answers ("Svara", ?replyTo=<id>), with its author's name. */
  replyTo: { id: string; authorName: string } | null;
  /** The post's permalink: where the form posts before JavaScript has loaded (or without it). */
  postPath: string;
  language: LanguageCode;
  /** Set after a comment was held for moderation. */
  pendingNotice: boolean;
  /** The form's signed issued-at token (spam/form-token.ts in @crestwood/api): its placeholder, which the server fills per response (a refused form comes back with a fresh one). */
  formToken: string;
}

export function CommentForm({ postId, replyTo, postPath, language, pendingNotice, formToken }: CommentFormProps) {
  const [state, formAction, isPending] = useActionState(submitComment, emptyCommentForm, postPath);
  const all = messages[language];
  const t = all.commentForm;
  const notify = all.commentNotify;

  // What every field shares: its value after a refusal, its limit, and its error tied to it.
  const fieldProps = (name: CommentField) => ({
    name,
    maxLength: COMMENT_LIMITS[name],
    defaultValue: state.values[name],
    "aria-invalid": state.fieldErrors[name] ? true : undefined,
    "aria-describedby": state.fieldErrors[name] ? `${name}-error` : undefined,
  });
  const fieldError = (name: CommentField) =>
    state.fieldErrors[name] ? (
      <p className="field-error" id={`${name}-error`}>
        {state.fieldErrors[name]}
      </p>
    ) : null;

  return (
    <form id="comment-form" className="comment-form" action={formAction} noValidate aria-labelledby="comment-form-heading">
      {pendingNotice ? (
        <p className="form-notice" role="status">
          {t.pending}
        </p>
      ) : null}
      {state.formError ? (
        <p className="form-error" role="alert">
          {state.formError}
        </p>
      ) : null}
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="formToken" value={state.formToken ?? formToken} />
      {replyTo ? (
        <p className="reply-notice">
          <input type="hidden" name="parentId" value={replyTo.id} />
          {all.replyTo(replyTo.authorName)} <a href={`${postPath}#comment-form`}>{all.cancelReply}</a>
        </p>
      ) : null}
      {/* A field for bots only: people never see it (off-screen, skipped by screen readers and Tab). */}
      <div className="comment-form-trap" aria-hidden="true">
        <label htmlFor="comment-honeypot">{t.honeypot}</label>
        <input id="comment-honeypot" name="honeypot" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div className="field">
        <label htmlFor="comment-author-name">{t.name}</label>
        <input id="comment-author-name" autoComplete="name" required {...fieldProps("authorName")} />
        {fieldError("authorName")}
      </div>
      <div className="field">
        <label htmlFor="comment-author-url">{t.url}</label>
        <input id="comment-author-url" type="url" autoComplete="url" {...fieldProps("authorUrl")} />
        {fieldError("authorUrl")}
      </div>
      <div className="field">
        <label htmlFor="comment-body">{t.body}</label>
        <textarea id="comment-body" rows={6} required {...fieldProps("body")} />
        {fieldError("body")}
      </div>
      <div className="field">
        <label htmlFor="comment-email">{notify.email}</label>
        <input id="comment-email" type="email" autoComplete="email" {...fieldProps("email")} aria-describedby={state.fieldErrors.email ? "email-error comment-email-hint" : "comment-email-hint"} />
        <p className="field-hint" id="comment-email-hint">
          {notify.emailHint} <Link href="/privacy">{messages[language].privacy.link}</Link>
        </p>
        {fieldError("email")}
      </div>
      <div className="field checkbox">
        <input id="comment-notify" type="checkbox" name="notifyReplies" defaultChecked={state.values.notifyReplies === "on"} />
        <label htmlFor="comment-notify">{notify.notifyReplies}</label>
      </div>
      <button type="submit" disabled={isPending}>
        {isPending ? t.submitting : t.submit}
      </button>
    </form>
  );
}
