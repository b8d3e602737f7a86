"use client";

import { useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import Link from "next/link";
import { formatTime, messages, toZonedInputValue, type LanguageCode } from "@crestwood/i18n";
import { POST_LIMITS, slugify } from "@crestwood/validators";
import { emptyFormState } from "../../_components/form-state";
import { FormMessages } from "../../_components/form-messages";
import { TextField } from "../../_components/text-field";
import { StatusBadge } from "../../_components/status-badge";
import { deletePostAction, savePostAction } from "./actions";
import { discardAutosaveAction } from "./autosave-actions";
import { useAutosave, type AutosaveStatus } from "./use-autosave";
import { LabelPicker } from "./label-picker";
import { RichTextEditor, type RichTextEditorHandle } from "./editor/rich-text-editor";

export interface EditorPost {
  id: string | null;
  /** A post, or a static page (no labels, its own list at /admin/pages). */
  kind: "post" | "page";
  title: string;
  slug: string;
  bodyHtml: string;
  labels: string[];
  /** datetime-local value in the blog's timezone, or "". */
  publishedAt: string;
  status: "draft" | "scheduled" | "published";
  /** The featured image (link previews, feeds) and its file name, if any. */
  featured: { id: string; fileName: string } | null;
  /** The version this editor starts from (saves are made on top of it); 0 for a new post. */
  version: number;
  /** The author's autosave, newer than the last save (a tab closed before saving): opened instead. */
  autosaved: { title: string; slug: string; bodyHtml: string; labels: string[]; savedAt: string } | null;
}

interface PostEditorProps {
  post: EditorPost;
  existingLabels: string[];
  language: LanguageCode;
  timeZone: string;
  /** Shown once after the first save of a new post. */
  savedNotice: boolean;
}

/**
 * What the author changed, small enough to send along with each save (the server echoes it back
 * when the save succeeds): the body is counted in edits, not copied — posts may be 500,000
 * characters and the body already travels once.
 */
type Snapshot = Pick<EditorPost, "title" | "slug" | "labels" | "publishedAt"> & { bodyEdits: number };
const snapshotKey = (s: Snapshot) => JSON.stringify([s.title, s.slug, s.labels, s.publishedAt, s.bodyEdits]);

/** Warns before the page is left (reload, close, or a link) while there are unsaved changes. */
function useLeaveWarning(dirty: boolean, message: string) {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const click = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || link.getAttribute("target") === "_blank" || event.defaultPrevented) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [dirty, message]);
}

function AutosaveLine({ status, t, language, timeZone }: { status: AutosaveStatus; t: (typeof messages)["en"]["admin"]; language: LanguageCode; timeZone: string }) {
  switch (status.state) {
    case "saving":
      return <span className="field-hint">{t.autosave.saving}</span>;
    case "saved":
      return <span className="field-hint">{t.autosave.savedAt(formatTime(status.at, language, timeZone))}</span>;
    case "failed":
      return <span className="form-error">{t.autosave.failed}</span>;
    case "stale":
      return <span className="form-error">{t.autosave.stale}</span>;
    default:
      return null;
  }
}

const noSubscription = () => () => {};

export function PostEditor({ post, existingLabels, language, timeZone, savedNotice }: PostEditorProps) {
  const t = messages[language].admin;
  const restored = post.autosaved;
  const [title, setTitle] = useState(restored?.title ?? post.title);
  const [slug, setSlug] = useState(restored?.slug || post.slug);
  const [slugEdited, setSlugEdited] = useState(post.id !== null);
  // A restored autosave counts as an edit: it is not saved yet.
  const [bodyEdits, setBodyEdits] = useState(restored ? 1 : 0);
  const body = useRef<RichTextEditorHandle>(null);
  const bodyField = useRef<HTMLInputElement>(null);
  // The body's field exists only once the editor runs in the browser: a form sent without it (no
  // JavaScript) is refused for a missing body instead of saving an empty one.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [labels, setLabels] = useState(restored?.labels ?? post.labels);
  const [publishedAt, setPublishedAt] = useState(post.publishedAt);
  const [featuredId, setFeaturedId] = useState(post.featured?.id ?? "");
  const [insertedImages, setInsertedImages] = useState<{ id: string; fileName: string }[]>([]);
  const featuredChoices = [...(post.featured ? [post.featured] : []), ...insertedImages.filter((image) => image.id !== post.featured?.id)];
  const current: Snapshot = { title, slug, bodyEdits, labels, publishedAt };
  const base = post.kind === "page" ? "/admin/pages" : "/admin/posts";
  const editorPath = post.id ? `${base}/${post.id}` : `${base}/new`;
  const [state, formAction, pending] = useActionState(savePostAction, savedNotice ? { ...emptyFormState, notice: t.editor.saved } : emptyFormState, editorPath);
  const [deleteState, deleteAction] = useActionState(deletePostAction, emptyFormState, editorPath);
  // What was last saved: the post as loaded, or what the last successful save sent.
  const baseline = state.savedSnapshot ?? snapshotKey({ ...post, bodyEdits: 0 });
  const currentKey = snapshotKey(current);
  const dirty = currentKey !== baseline;
  useLeaveWarning(dirty && !pending, t.editor.leaveWarning);

  // Saves are made on top of the version this editor last saw; "save mine over theirs" after a
  // conflict moves it to the version now stored, for that one save.
  const baseVersion = state.version ?? post.version;
  const overVersion = useRef<number | null>(null);
  const baseVersionField = useRef<HTMLInputElement>(null);
  const autosave = useAutosave({
    postId: post.id,
    baseVersion,
    read: () => ({ title, slug, bodyHtml: body.current?.getHtml() ?? post.bodyHtml, labels }),
  });
  const { changed, markSaved } = autosave;
  useEffect(() => {
    if (dirty) changed();
  }, [currentKey, dirty, changed]);
  useEffect(() => {
    if (state.savedAt) markSaved();
  }, [state.savedAt, markSaved]);
  const unsavedPreview = autosave.status.state === "saved" || autosave.status.state === "stale" ? autosave.status.revisionId : null;

  // datetime-local values in one timezone compare as strings.
  const [openedAt] = useState(() => toZonedInputValue(new Date(), timeZone));
  const isLive = post.status !== "draft";
  const schedules = publishedAt !== "" && publishedAt > openedAt;

  return (
    <>
      <form
        action={formAction}
        onSubmit={() => {
          // The body is read from the editor once, when sent (not kept in sync while typing). React
          // reads the form's data after this handler, so the field carries it.
          if (bodyField.current) bodyField.current.value = body.current?.getHtml() ?? post.bodyHtml;
          // "Save mine over theirs" (its click comes first) saves on top of the version now stored.
          if (baseVersionField.current) baseVersionField.current.value = String(overVersion.current ?? baseVersion);
          overVersion.current = null;
        }}
        className="admin-form editor-layout"
        noValidate
      >
        <div>
          <FormMessages state={state} />
          {state.conflict ? (
            <div className="edit-conflict" role="alert">
              <p>
                {t.conflict.text(state.conflict.name, state.conflict.at)}{" "}
                <Link href={state.conflict.compareHref} target="_blank">
                  {t.history.show}
                </Link>
              </p>
              <p className="row-actions">
                <a href={editorPath}>{t.conflict.reload}</a>
                <button
                  type="submit"
                  name="intent"
                  value={isLive ? "publish" : "draft"}
                  disabled={pending}
                  onClick={() => {
                    overVersion.current = state.conflict?.currentVersion ?? null;
                  }}
                >
                  {t.conflict.keepMine}
                </button>
              </p>
            </div>
          ) : null}
          {restored && !state.savedAt ? (
            <p className="form-notice" role="status">
              {t.autosave.restoredNotice(restored.savedAt)}{" "}
              <button
                type="button"
                onClick={async () => {
                  if (!post.id) return;
                  await discardAutosaveAction(post.id);
                  markSaved();
                  window.location.reload();
                }}
              >
                {t.autosave.discard}
              </button>
            </p>
          ) : null}
          {post.id ? (
            <>
              <input type="hidden" name="id" value={post.id} />
              <input type="hidden" name="baseVersion" defaultValue={baseVersion} key={baseVersion} ref={baseVersionField} />
            </>
          ) : (
            <input type="hidden" name="kind" value={post.kind} />
          )}
          <input type="hidden" name="snapshot" value={snapshotKey(current)} />
          {hydrated ? <input type="hidden" name="bodyHtml" ref={bodyField} /> : null}
          <div className="editor-title">
            <TextField
              name="title"
              label={t.editor.title}
              required
              maxLength={POST_LIMITS.title}
              value={title}
              onChange={(event) => {
                setTitle(event.target.value);
                if (!slugEdited) setSlug(slugify(event.target.value));
              }}
              error={state.fieldErrors.title}
            />
          </div>
          <RichTextEditor
            handle={body}
            initialHtml={restored?.bodyHtml ?? post.bodyHtml}
            onChange={() => setBodyEdits((count) => count + 1)}
            t={t.editor}
            language={language}
            onImageInserted={(image) => setInsertedImages((current) => (current.some((known) => known.id === image.id) ? current : [...current, image]))}
          />
        </div>
        <div className="editor-side">
          <p>
            {t.editor.statusNow("")}
            <StatusBadge status={post.status} t={t} /> {dirty ? <span className="unsaved">· {t.editor.unsaved}</span> : null}
            <br />
            <span aria-live="polite">
              <AutosaveLine status={autosave.status} t={t} language={language} timeZone={timeZone} />
            </span>
          </p>
          <TextField
            name="slug"
            label={t.editor.slug}
            maxLength={POST_LIMITS.slug}
            value={slug}
            onChange={(event) => {
              setSlug(event.target.value);
              setSlugEdited(true);
            }}
            hint={t.editor.slugHint}
            error={state.fieldErrors.slug}
          />
          {post.kind === "post" ? <LabelPicker labels={labels} onChange={setLabels} existing={existingLabels} t={t.editor} error={state.fieldErrors.labels} /> : null}
          <TextField
            name="publishedAt"
            type="datetime-local"
            label={t.editor.publishAt}
            value={publishedAt}
            onChange={(event) => setPublishedAt(event.target.value)}
            hint={t.editor.publishAtHint(timeZone)}
            error={state.fieldErrors.publishedAt}
          />
          <div className="field">
            <label htmlFor="featured-media">{messages[language].media.featuredImage}</label>
            <select id="featured-media" name="featuredMediaId" value={featuredId} onChange={(event) => setFeaturedId(event.target.value)} aria-describedby="featured-media-hint">
              <option value="">{messages[language].media.noFeaturedImage}</option>
              {featuredChoices.map((image) => (
                <option key={image.id} value={image.id}>
                  {image.id === post.featured?.id ? messages[language].media.currentFeatured(image.fileName) : image.fileName}
                </option>
              ))}
            </select>
            <small id="featured-media-hint" className="field-hint">
              {messages[language].media.featuredHint}
            </small>
          </div>
          <div className="editor-actions">
            {isLive ? (
              <>
                <button type="submit" name="intent" value="publish" className="primary" disabled={pending}>
                  {t.editor.update}
                </button>
                <button type="submit" name="intent" value="draft" disabled={pending}>
                  {t.editor.unpublish}
                </button>
              </>
            ) : (
              <>
                <button type="submit" name="intent" value="publish" className="primary" disabled={pending}>
                  {schedules ? t.editor.schedule : t.editor.publish}
                </button>
                <button type="submit" name="intent" value="draft" disabled={pending}>
                  {t.editor.saveDraft}
                </button>
              </>
            )}
          </div>
          {post.id ? (
            <>
            <p>
              <Link href={`/admin/posts/${post.id}/preview${unsavedPreview ? `?revision=${unsavedPreview}` : ""}`} target="_blank">
                {t.editor.preview}
              </Link>
              <br />
              <span className="field-hint">{unsavedPreview ? t.autosave.previewUnsaved : t.editor.previewHint}</span>
            </p>
            <p>
              <Link href={`/admin/posts/${post.id}/history`}>{t.history.title}</Link>
            </p>
            </>
          ) : null}
        </div>
      </form>
      {post.id ? (
        <form
          action={deleteAction}
          onSubmit={(event) => {
            if (!window.confirm(t.editor.confirmDelete)) event.preventDefault();
          }}
        >
          <FormMessages state={deleteState} />
          <input type="hidden" name="id" value={post.id} />
          <input type="hidden" name="kind" value={post.kind} />
          <button type="submit" className="danger">
            {t.editor.delete}
          </button>
        </form>
      ) : null}
    </>
  );
}
