"use client";

import type { ReactNode } from "react";
import type { Editor } from "@tiptap/react";
import type { AdminMessages } from "@crestwood/i18n";
import { embedSrc, parseEmbedUrl } from "@crestwood/content";
import { Icon, type IconName } from "./icons";

type ToolbarText = AdminMessages["editor"]["toolbar"];
type Level = 1 | 2 | 3 | 4 | 5 | 6;
const LEVELS: Level[] = [1, 2, 3, 4, 5, 6];

function ToolButton({ label, active, onClick, children }: { label: string; active?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" aria-label={label} title={label} aria-pressed={active} onClick={onClick}>
      {children}
    </button>
  );
}

function askLink(editor: Editor, t: ToolbarText) {
  const current = (editor.getAttributes("link").href as string | undefined) ?? "https://";
  const href = window.prompt(t.linkPrompt, current);
  if (href === null) return;
  const chain = editor.chain().focus().extendMarkRange("link");
  if (href.trim() === "") chain.unsetLink().run();
  else chain.setLink({ href: href.trim() }).run();
}

function askVideo(editor: Editor, t: ToolbarText) {
  const address = window.prompt(t.videoPrompt, "https://");
  if (address === null || address.trim() === "" || address.trim() === "https://") return;
  const video = parseEmbedUrl(address);
  if (!video) {
    window.alert(t.videoRefused);
    return;
  }
  const title = window.prompt(t.videoTitlePrompt, "")?.trim() || null;
  editor.chain().focus().insertContent({ type: "embed", attrs: { src: embedSrc(video), title, width: "560", height: "315" } }).run();
}

/** Block type, text formatting, lists, alignment, links, video, tables, code, rules, undo. */
export function Toolbar({ editor, t }: { editor: Editor; t: ToolbarText }) {
  const chain = () => editor.chain().focus();
  const level = LEVELS.find((candidate) => editor.isActive("heading", { level: candidate }));
  const inTable = editor.isActive("table");
  const aligns = [
    ["left", "alignLeft"],
    ["center", "alignCenter"],
    ["right", "alignRight"],
    ["justify", "alignJustify"],
  ] as const;
  const icon = (name: IconName, label: string, run: () => void, active?: boolean) => (
    <ToolButton key={name} label={label} active={active} onClick={run}>
      <Icon name={name} />
    </ToolButton>
  );
  return (
    <div className="rich-toolbar" role="toolbar" aria-label={t.label}>
      <select
        aria-label={t.blockType}
        value={level ? String(level) : "p"}
        onChange={(event) => {
          const value = event.target.value;
          if (value === "p") chain().setParagraph().run();
          else chain().setHeading({ level: Number(value) as Level }).run();
        }}
      >
        <option value="p">{t.paragraph}</option>
        {LEVELS.map((candidate) => (
          <option key={candidate} value={candidate}>
            {t.headingLevel(candidate)}
          </option>
        ))}
      </select>
      <span className="tool-group">
        <ToolButton label={t.bold} active={editor.isActive("bold")} onClick={() => chain().toggleBold().run()}>
          <b>B</b>
        </ToolButton>
        <ToolButton label={t.italic} active={editor.isActive("italic")} onClick={() => chain().toggleItalic().run()}>
          <i>I</i>
        </ToolButton>
        <ToolButton label={t.underline} active={editor.isActive("underline")} onClick={() => chain().toggleUnderline().run()}>
          <u>U</u>
        </ToolButton>
        <ToolButton label={t.strike} active={editor.isActive("strike")} onClick={() => chain().toggleStrike().run()}>
          <s>S</s>
        </ToolButton>
        {icon("link", t.link, () => askLink(editor, t), editor.isActive("link"))}
      </span>
      <span className="tool-group">
        {icon("bulletList", t.bulletList, () => chain().toggleBulletList().run(), editor.isActive("bulletList"))}
        {icon("orderedList", t.orderedList, () => chain().toggleOrderedList().run(), editor.isActive("orderedList"))}
        {icon("quote", t.quote, () => chain().toggleBlockquote().run(), editor.isActive("blockquote"))}
        {icon("codeBlock", t.codeBlock, () => chain().toggleCodeBlock().run(), editor.isActive("codeBlock"))}
      </span>
      <span className="tool-group">
        {aligns.map(([value, name]) => icon(name, t.align[value], () => chain().setTextAlign(value).run(), editor.isActive({ textAlign: value })))}
      </span>
      <span className="tool-group">
        {icon("video", t.video, () => askVideo(editor, t))}
        {icon("table", t.table, () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())}
        {icon("horizontalRule", t.horizontalRule, () => chain().setHorizontalRule().run())}
      </span>
      {inTable ? (
        <span className="tool-group">
          {icon("addRow", t.addRow, () => chain().addRowAfter().run())}
          {icon("addColumn", t.addColumn, () => chain().addColumnAfter().run())}
          {icon("deleteRow", t.deleteRow, () => chain().deleteRow().run())}
          {icon("deleteColumn", t.deleteColumn, () => chain().deleteColumn().run())}
          {icon("deleteTable", t.deleteTable, () => chain().deleteTable().run())}
        </span>
      ) : null}
      <span className="tool-group">
        {icon("undo", t.undo, () => chain().undo().run())}
        {icon("redo", t.redo, () => chain().redo().run())}
      </span>
    </div>
  );
}
