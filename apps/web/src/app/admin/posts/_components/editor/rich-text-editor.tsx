"use client";

import { useImperativeHandle, useState, type Ref } from "react";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { canonicalFromDom, firstDifference } from "@crestwood/content";
import type { AdminMessages, LanguageCode } from "@crestwood/i18n";
import { MediaUploader } from "../../../_components/media-uploader";
import { describeMedia } from "../../../media/actions";
import { postExtensions } from "./extensions";
import { htmlFromEditor, prepareForEditor } from "./implied-paragraphs";
import { Toolbar } from "./toolbar";

/** What the post editor asks of the body editor: the HTML to save, read when the form is sent. */
export interface RichTextEditorHandle {
  getHtml: () => string;
}

interface RichTextEditorProps {
  initialHtml: string;
  /** Told that the body changed (the HTML itself is read with `getHtml` when saving). */
  onChange: () => void;
  t: AdminMessages["editor"];
  language: LanguageCode;
  /** Told about each image put into the text (the editor offers them as featured image). */
  onImageInserted?: (media: { id: string; fileName: string }) => void;
  handle: Ref<RichTextEditorHandle>;
}

type Difference = NonNullable<ReturnType<typeof firstDifference>>;

/** The post's HTML from the editor ("" for an empty editor, which still holds one empty paragraph). */
function htmlOf(editor: Editor): string {
  return editor.isEmpty ? "" : htmlFromEditor(editor.getHTML());
}

/**
 * Loads HTML into the visual editor and says what the editor would change, comparing the canonical
 * forms of what was written and what the editor gives back. Null: nothing.
 */
function load(editor: Editor, html: string): Difference | null {
  editor.commands.setContent(prepareForEditor(html), { emitUpdate: false });
  return firstDifference(canonicalFromDom(html), canonicalFromDom(htmlOf(editor)));
}

/**
 * The post body: a visual editor (Tiptap, whose schema follows the content allowlist) and an HTML
 * source mode over the same HTML. A post the visual editor cannot show unchanged opens in HTML
 * mode with a notice saying where it differs — never a silent change.
 */
export function RichTextEditor({ initialHtml, onChange, t, language, onImageInserted, handle }: RichTextEditorProps) {
  const [mode, setMode] = useState<"visual" | "html">("visual");
  const [source, setSource] = useState(initialHtml);
  const [difference, setDifference] = useState<Difference | null>(null);

  const editor = useEditor({
    // Images as the editor inserts them: <img src="/media/…" alt width height>; readers get the
    // full <picture> at render time (packages/api/src/media/render.ts).
    extensions: postExtensions(),
    // The page is rendered on the server first; Tiptap mounts in the browser.
    immediatelyRender: false,
    shouldRerenderOnTransaction: true,
    editorProps: { attributes: { role: "textbox", "aria-multiline": "true", "aria-label": t.body } },
    onCreate: ({ editor: created }) => {
      const found = load(created, initialHtml);
      if (found) {
        setDifference(found);
        setMode("html");
      }
    },
    onUpdate: () => onChange(),
  });

  useImperativeHandle(handle, () => ({ getHtml: () => (mode === "visual" && editor ? htmlOf(editor) : source) }), [mode, source, editor]);

  const showVisual = (force: boolean) => {
    if (!editor) return;
    const found = load(editor, source);
    if (found && !force) {
      setDifference(found);
      return;
    }
    if (found) onChange();
    setDifference(null);
    setMode("visual");
  };
  const showHtml = () => {
    if (mode === "html") return;
    if (editor) setSource(htmlOf(editor));
    setMode("html");
  };

  return (
    <div className="rich-editor">
      <div className="editor-modes" role="group" aria-label={t.modes}>
        <button type="button" aria-pressed={mode === "visual"} onClick={() => mode !== "visual" && showVisual(false)}>
          {t.visual}
        </button>
        <button type="button" aria-pressed={mode === "html"} onClick={showHtml}>
          {t.html}
        </button>
      </div>
      {difference && mode === "html" ? (
        <div className="fidelity-notice" role="status">
          <p>
            <strong>{t.fidelity.title}.</strong> {t.fidelity.intro} ({t.fidelity.line(difference.line)})
          </p>
          <dl>
            <dt>{t.fidelity.written}</dt>
            <dd>
              <code>{difference.expected || "–"}</code>
            </dd>
            <dt>{t.fidelity.visual}</dt>
            <dd>
              <code>{difference.actual || "–"}</code>
            </dd>
          </dl>
          <button type="button" onClick={() => showVisual(true)}>
            {t.fidelity.switchAnyway}
          </button>
        </div>
      ) : null}
      <div hidden={mode !== "visual"}>
        <MediaUploader
          language={language}
          onDescribed={async (media, text) => {
            await describeMedia(media.id, text);
            if (!media.url) return;
            editor?.chain().focus().setImage({ src: media.url, alt: text.alt, width: media.width, height: media.height }).run();
            onImageInserted?.({ id: media.id, fileName: media.fileName });
          }}
          toolbar={editor ? <Toolbar editor={editor} t={t.toolbar} /> : null}
        >
          <EditorContent editor={editor} />
        </MediaUploader>
      </div>
      {mode === "html" ? (
        <textarea
          className="html-source"
          aria-label={`${t.body} (${t.html})`}
          value={source}
          onChange={(event) => {
            setSource(event.target.value);
            onChange();
          }}
          spellCheck={false}
        />
      ) : null}
    </div>
  );
}
