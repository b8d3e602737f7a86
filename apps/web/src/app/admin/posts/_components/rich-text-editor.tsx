"use client";

import { useState } from "react";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import Image from "@tiptap/extension-image";
import StarterKit from "@tiptap/starter-kit";
import type { AdminMessages, LanguageCode } from "@crestwood/i18n";
import { MediaUploader } from "../../_components/media-uploader";
import { describeMedia } from "../../media/actions";

interface RichTextEditorProps {
  html: string;
  onChange: (html: string) => void;
  t: AdminMessages["editor"];
  language: LanguageCode;
  /** Told about each image put into the text (the editor offers them as featured image). */
  onImageInserted?: (media: { id: string; fileName: string }) => void;
}

function Toolbar({ editor, t }: { editor: Editor; t: AdminMessages["editor"] }) {
  const buttons = [
    { label: t.toolbar.bold, text: "B", active: editor.isActive("bold"), run: () => editor.chain().focus().toggleBold().run() },
    { label: t.toolbar.italic, text: "I", active: editor.isActive("italic"), run: () => editor.chain().focus().toggleItalic().run() },
    { label: t.toolbar.heading, text: "H", active: editor.isActive("heading", { level: 2 }), run: () => editor.chain().focus().toggleHeading({ level: 2 }).run() },
    { label: t.toolbar.bulletList, text: "•", active: editor.isActive("bulletList"), run: () => editor.chain().focus().toggleBulletList().run() },
    { label: t.toolbar.orderedList, text: "1.", active: editor.isActive("orderedList"), run: () => editor.chain().focus().toggleOrderedList().run() },
    { label: t.toolbar.quote, text: "❝", active: editor.isActive("blockquote"), run: () => editor.chain().focus().toggleBlockquote().run() },
    {
      label: t.toolbar.link,
      text: "🔗",
      active: editor.isActive("link"),
      run: () => {
        const current = (editor.getAttributes("link").href as string | undefined) ?? "https://";
        const href = window.prompt(t.toolbar.linkPrompt, current);
        if (href === null) return;
        const chain = editor.chain().focus().extendMarkRange("link");
        if (href.trim() === "") chain.unsetLink().run();
        else chain.setLink({ href: href.trim() }).run();
      },
    },
  ];
  return (
    <div className="rich-toolbar" role="toolbar" aria-label={t.toolbar.label}>
      {buttons.map((button) => (
        <button key={button.label} type="button" aria-label={button.label} title={button.label} aria-pressed={button.active} onClick={button.run}>
          {button.text}
        </button>
      ))}
      <button type="button" aria-label={t.toolbar.undo} title={t.toolbar.undo} onClick={() => editor.chain().focus().undo().run()}>
        ↶
      </button>
      <button type="button" aria-label={t.toolbar.redo} title={t.toolbar.redo} onClick={() => editor.chain().focus().redo().run()}>
        ↷
      </button>
    </div>
  );
}

/**
 * The post body: a WYSIWYG editor (Tiptap) and an HTML source mode over the same HTML. The
 * server sanitizes whatever arrives, so the source mode can offer raw HTML safely.
 */
export function RichTextEditor({ html, onChange, t, language, onImageInserted }: RichTextEditorProps) {
  const [mode, setMode] = useState<"visual" | "html">("visual");
  const editor = useEditor({
    // Images as the editor inserts them: <img src="/media/…" alt width height>; readers get the
    // full <picture> at render time (packages/api/src/media/render.ts).
    extensions: [StarterKit.configure({ link: { openOnClick: false, autolink: true } }), Image.configure({ inline: false, allowBase64: false })],
    content: html,
    // The page is rendered on the server first; Tiptap mounts in the browser.
    immediatelyRender: false,
    shouldRerenderOnTransaction: true,
    editorProps: { attributes: { role: "textbox", "aria-multiline": "true", "aria-label": t.body } },
    onUpdate: ({ editor: current }) => onChange(current.getHTML()),
  });

  const switchTo = (next: "visual" | "html") => {
    if (next === mode) return;
    if (next === "visual") editor?.commands.setContent(html, { emitUpdate: false });
    setMode(next);
  };

  return (
    <div className="rich-editor">
      <div className="editor-modes" role="group" aria-label={t.modes}>
        <button type="button" aria-pressed={mode === "visual"} onClick={() => switchTo("visual")}>
          {t.visual}
        </button>
        <button type="button" aria-pressed={mode === "html"} onClick={() => switchTo("html")}>
          {t.html}
        </button>
      </div>
      <div hidden={mode !== "visual"}>
        {editor ? <Toolbar editor={editor} t={t} /> : null}
        <MediaUploader
          language={language}
          onDescribed={async (media, text) => {
            await describeMedia(media.id, text);
            if (!media.url) return;
            editor?.chain().focus().setImage({ src: media.url, alt: text.alt, width: media.width, height: media.height }).run();
            onImageInserted?.({ id: media.id, fileName: media.fileName });
          }}
        >
          <EditorContent editor={editor} />
        </MediaUploader>
      </div>
      {mode === "html" ? (
        <textarea className="html-source" aria-label={`${t.body} (${t.html})`} value={html} onChange={(event) => onChange(event.target.value)} spellCheck={false} />
      ) : null}
    </div>
  );
}
