"use client";

import { useCallback, useEffect, useId, useRef, useState, type ClipboardEvent, type DragEvent, type KeyboardEvent, type ReactNode } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { uploadMediaFile, type UploadedMedia } from "~/lib/upload-media";

type Upload =
  | { key: string; fileName: string; state: "uploading"; percent: number }
  | { key: string; fileName: string; state: "failed"; reason: string }
  | { key: string; fileName: string; state: "done"; media: UploadedMedia; saved: boolean };

export interface MediaUploaderProps {
  language: LanguageCode;
  /**
   * Called when the author has given an uploaded image its alt text (and caption): the media
   * library saves them, an editor also inserts the image. Alt text may be empty (decoration).
   */
  onDescribed: (media: UploadedMedia, text: { alt: string; caption: string }) => Promise<void> | void;
  /** Listen for pasted images on the whole document (the media library), not only on the drop zone. */
  pasteAnywhere?: boolean;
  /** Shown inside the drop zone (e.g. the editor's text area): images dropped or pasted there are uploaded. */
  children?: ReactNode;
  /** Shown above the children, inside the drop zone (the editor's toolbar). */
  toolbar?: ReactNode;
}

/**
 * Drop zone, file picker and paste target for images, with a progress line per upload and a form
 * asking for each image's alt text and caption once it is stored. Usable in the post editor too.
 */
export function MediaUploader({ language, onDescribed, pasteAnywhere = false, children, toolbar }: MediaUploaderProps) {
  const t = messages[language].media;
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const update = (key: string, next: Upload) => setUploads((current) => current.map((upload) => (upload.key === key ? next : upload)));

  const start = useCallback((files: Iterable<File>) => {
    for (const file of files) {
      const key = `${file.name}-${crypto.randomUUID()}`;
      const fileName = file.name || "image";
      setUploads((current) => [...current, { key, fileName, state: "uploading", percent: 0 }]);
      uploadMediaFile(file, { onProgress: (fraction) => update(key, { key, fileName, state: "uploading", percent: Math.round(fraction * 100) }) }).then(
        (media) => update(key, { key, fileName, state: "done", media, saved: false }),
        (error: unknown) => update(key, { key, fileName, state: "failed", reason: error instanceof Error ? error.message : String(error) }),
      );
    }
  }, []);

  const onPaste = useCallback(
    (event: ClipboardEvent | globalThis.ClipboardEvent) => {
      const files = [...(event.clipboardData?.files ?? [])].filter((file) => file.type.startsWith("image/"));
      if (files.length === 0) return;
      event.preventDefault();
      start(files);
    },
    [start],
  );

  useEffect(() => {
    if (!pasteAnywhere) return;
    document.addEventListener("paste", onPaste);
    return () => document.removeEventListener("paste", onPaste);
  }, [pasteAnywhere, onPaste]);

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    start(event.dataTransfer.files);
  }

  const picker = (
    <>
      <label htmlFor={inputId} className="button">
        {t.chooseFiles}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        className="visually-hidden"
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
        multiple
        onChange={(event) => {
          if (event.target.files) start(event.target.files);
          if (inputRef.current) inputRef.current.value = "";
        }}
      />
    </>
  );
  const dropHandlers = {
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop,
    onPaste: pasteAnywhere ? undefined : onPaste,
  };
  // Around other content (the editor: toolbar, then text), the upload controls come after it.
  const zone = children ? (
    <div className={dragging ? "drop-zone wraps dragging" : "drop-zone wraps"} {...dropHandlers}>
      {toolbar}
      {children}
      <div className="drop-zone-controls">
        <h2 id={`${inputId}-heading`}>{t.upload}</h2>
        <p>{t.dropHint}</p>
        {picker}
      </div>
    </div>
  ) : (
    <>
      <h2 id={`${inputId}-heading`}>{t.upload}</h2>
      <div className={dragging ? "drop-zone dragging" : "drop-zone"} {...dropHandlers}>
        <p>{t.dropHint}</p>
        {picker}
      </div>
    </>
  );
  return (
    <section className="media-uploader" aria-labelledby={`${inputId}-heading`}>
      {zone}
      <ul className="upload-list">
        {uploads.map((upload) => (
          <li key={upload.key}>
            {upload.state === "uploading" ? (
              <p role="status">
                {t.uploading(upload.fileName, upload.percent)} <progress max={100} value={upload.percent} />
              </p>
            ) : upload.state === "failed" ? (
              <p role="alert">{t.uploadFailed(upload.fileName, upload.reason)}</p>
            ) : (
              <DescribeForm
                language={language}
                upload={upload}
                onSubmit={async (text) => {
                  await onDescribed(upload.media, text);
                  update(upload.key, { ...upload, saved: true, media: { ...upload.media, ...text } });
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DescribeForm({ language, upload, onSubmit }: { language: LanguageCode; upload: Extract<Upload, { state: "done" }>; onSubmit: (text: { alt: string; caption: string }) => Promise<void> }) {
  const t = messages[language].media;
  const id = useId();
  const [alt, setAlt] = useState(upload.media.alt);
  const [caption, setCaption] = useState(upload.media.caption);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      await onSubmit({ alt: alt.trim(), caption: caption.trim() });
    } finally {
      setBusy(false);
    }
  };
  // Not a <form>: the uploader also sits inside the post editor's form, and forms cannot nest.
  // Enter in a field saves this image instead of submitting the post.
  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    void save();
  };
  return (
    <div className="describe-media" role="group" aria-label={upload.fileName}>
      <p role="status">{t.uploaded(upload.fileName)}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- media variants are resized already; next/image would resize them again */}
      {upload.media.thumbnailUrl ? <img src={upload.media.thumbnailUrl} alt="" width={160} height={Math.round((160 * upload.media.height) / upload.media.width)} /> : null}
      <div className="field">
        <label htmlFor={`${id}-alt`}>{t.alt}</label>
        <input id={`${id}-alt`} value={alt} onChange={(event) => setAlt(event.target.value)} onKeyDown={onEnter} aria-describedby={`${id}-alt-hint`} maxLength={1000} />
        <small id={`${id}-alt-hint`}>{t.altHint}</small>
      </div>
      <div className="field">
        <label htmlFor={`${id}-caption`}>{t.caption}</label>
        <input id={`${id}-caption`} value={caption} onChange={(event) => setCaption(event.target.value)} onKeyDown={onEnter} maxLength={2000} />
      </div>
      <button type="button" disabled={busy} onClick={() => void save()}>
        {t.save}
      </button>
      {upload.saved ? <p role="status">{t.saved}</p> : null}
    </div>
  );
}
