/**
 * The editor's schema: every element and attribute the content allowlist (@crestwood/content)
 * allows has a node, mark or attribute here, so loading a post and saving it keeps it whole.
 * Tiptap's official extensions where they exist (StarterKit, Image, Table, TextAlign), adjusted to
 * parse only the markup itself (no marks inferred from styles) and to render what they parsed.
 */
import { Extension, Mark, Node, mergeAttributes, type Extensions } from "@tiptap/core";
import Image from "@tiptap/extension-image";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import TextAlign from "@tiptap/extension-text-align";
import StarterKit from "@tiptap/starter-kit";
import Bold from "@tiptap/extension-bold";
import Italic from "@tiptap/extension-italic";
import Strike from "@tiptap/extension-strike";
import Underline from "@tiptap/extension-underline";
import Link from "@tiptap/extension-link";
import Paragraph from "@tiptap/extension-paragraph";
import CodeBlock from "@tiptap/extension-code-block";
import { OrderedList } from "@tiptap/extension-list";
import { NodeSelection, Plugin, TextSelection } from "@tiptap/pm/state";
import { defaultEmbedTitle, parseEmbedUrl, embedIframeAttributes, formatStyle, parseStyle, sanitizeClass, sanitizeStyle, EMBED_PROVIDERS } from "@crestwood/content";

/** Marks the paragraphs the editor needs around loose text (see implied-paragraphs.ts). */
export const IMPLIED_ATTRIBUTE = "data-cw-implied";
/**
 * The style as written: ProseMirror sets styles through the CSSOM, which rewrites them
 * ("0" → "0px", "#f00" → "rgb(255, 0, 0)"); the saved HTML takes this copy instead.
 */
export const VERBATIM_STYLE_ATTRIBUTE = "data-cw-style";

/** Node types whose text-align is TextAlign's attribute (the others keep it in `style`). */
const ALIGNED_TYPES = ["paragraph", "heading", "div", "figure", "figcaption", "blockquote", "tableCell", "tableHeader"];
const BLOCK_TYPES = [...ALIGNED_TYPES, "bulletList", "orderedList", "listItem", "codeBlock", "horizontalRule", "table", "tableRow", "embed"];
const INLINE_MARKS = ["abbr", "cite", "del", "ins", "kbd", "mark", "q", "small", "span", "sub", "sup", "time"] as const;
const MARK_TYPES = ["bold", "italic", "underline", "strike", "code", ...INLINE_MARKS];

const attributeOf = (name: string) => (element: HTMLElement) => element.getAttribute(name);
const plain = (name: string) => ({ default: null, keepOnSplit: false, parseHTML: attributeOf(name) });

/** id, class, style, title, lang and dir on every element, filtered by the allowlist as the server does. */
const GlobalAttributes = Extension.create({
  name: "globalAttributes",
  addGlobalAttributes() {
    // Aligned types keep text-align inside their style (in the author's order); TextAlign's own
    // attribute, which the toolbar changes, decides its value when rendered.
    const styleFor = (aligned: boolean) => ({
      default: null,
      parseHTML: (element: HTMLElement) => sanitizeStyle(element.getAttribute("style") ?? "") || null,
      renderHTML: (attributes: Record<string, unknown>) => {
        const declarations = parseStyle(typeof attributes.style === "string" ? attributes.style : "");
        if (aligned) {
          const align = typeof attributes.textAlign === "string" ? attributes.textAlign : null;
          const index = declarations.findIndex((declaration) => declaration.property === "text-align");
          if (align && index >= 0) declarations[index] = { property: "text-align", value: align };
          else if (align) declarations.unshift({ property: "text-align", value: align });
          else if (index >= 0) declarations.splice(index, 1);
        }
        const value = formatStyle(declarations);
        return value ? { style: value, [VERBATIM_STYLE_ATTRIBUTE]: value } : {};
      },
    });
    const common = {
      // Ids are prefixed by the server (user-content-); the editor keeps them as written.
      id: plain("id"),
      class: { default: null, parseHTML: (element: HTMLElement) => sanitizeClass(element.getAttribute("class") ?? "") || null },
      lang: plain("lang"),
      dir: plain("dir"),
    };
    return [
      { types: ALIGNED_TYPES, attributes: { ...common, title: plain("title"), style: styleFor(true) } },
      { types: BLOCK_TYPES.filter((type) => !ALIGNED_TYPES.includes(type)), attributes: { ...common, title: plain("title"), style: styleFor(false) } },
      { types: MARK_TYPES, attributes: { ...common, title: plain("title"), style: styleFor(false) } },
      // Images and links have their own title (and links their own class).
      { types: ["image"], attributes: { ...common, style: styleFor(false) } },
      { types: ["link"], attributes: { id: common.id, lang: common.lang, dir: common.dir, style: styleFor(false) } },
    ];
  },
});

/** A <p>, remembering whether it was written or only added by the editor around loose text. */
const PostParagraph = Paragraph.extend({
  addAttributes() {
    return {
      implied: {
        default: false,
        keepOnSplit: false,
        parseHTML: (element) => element.hasAttribute(IMPLIED_ATTRIBUTE),
        renderHTML: (attributes) => (attributes.implied ? { [IMPLIED_ATTRIBUTE]: "" } : {}),
      },
    };
  },
});

/** A <div> holding blocks: Blogger's separators, alignment wrappers, WordPress's embed wrappers. */
const Div = Node.create({
  name: "div",
  group: "block",
  content: "block+",
  defining: true,
  parseHTML: () => [{ tag: "div" }],
  renderHTML: ({ HTMLAttributes }) => ["div", HTMLAttributes, 0],
});

const Figure = Node.create({
  name: "figure",
  group: "block",
  content: "block+ figcaption?",
  defining: true,
  parseHTML: () => [{ tag: "figure" }],
  renderHTML: ({ HTMLAttributes }) => ["figure", HTMLAttributes, 0],
});

const Figcaption = Node.create({
  name: "figcaption",
  content: "inline*",
  defining: true,
  parseHTML: () => [{ tag: "figcaption" }],
  renderHTML: ({ HTMLAttributes }) => ["figcaption", HTMLAttributes, 0],
});

/**
 * A video from an allowed host: rendered exactly as the server's sanitizer writes it; shown in
 * the editor as a labelled box, so editing loads nothing from the video host.
 */
export const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      src: { default: null, rendered: false },
      title: { default: null, rendered: false },
      width: { default: null, rendered: false, parseHTML: attributeOf("width") },
      height: { default: null, rendered: false, parseHTML: attributeOf("height") },
    };
  },
  parseHTML: () => [{ tag: "iframe", getAttrs: (element) => (parseEmbedUrl(element.getAttribute("src") ?? "") ? { src: element.getAttribute("src") } : false) }],
  renderHTML({ node, HTMLAttributes }) {
    const video = parseEmbedUrl(String(node.attrs.src ?? ""));
    if (!video) return ["div", HTMLAttributes];
    return ["iframe", mergeAttributes(HTMLAttributes, embedIframeAttributes({ video, title: node.attrs.title, width: node.attrs.width, height: node.attrs.height }))];
  },
  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement("div");
      dom.className = "embed-placeholder";
      const video = parseEmbedUrl(String(node.attrs.src ?? ""));
      const title = node.attrs.title || (video ? defaultEmbedTitle(video) : "");
      dom.textContent = `▶ ${video ? EMBED_PROVIDERS[video.provider].name : ""}: ${title}`;
      dom.setAttribute("data-embed-src", String(node.attrs.src ?? ""));
      return { dom };
    };
  },
});

/**
 * Typing while a whole block is selected (a video, a table, a figure: one click or Ctrl+End away)
 * writes a new paragraph after it instead of replacing it, so a keystroke never deletes a video.
 * Delete and Backspace still remove a selected block: that is asked for.
 */
const TypeAfterSelectedBlock = Extension.create({
  name: "typeAfterSelectedBlock",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          handleTextInput(view, _from, _to, text) {
            const { selection, schema } = view.state;
            if (!(selection instanceof NodeSelection) || !selection.node.isBlock) return false;
            const paragraph = schema.nodes.paragraph?.create(null, schema.text(text));
            if (!paragraph) return false;
            const tr = view.state.tr.insert(selection.to, paragraph);
            tr.setSelection(TextSelection.create(tr.doc, selection.to + 1 + text.length));
            view.dispatch(tr.scrollIntoView());
            return true;
          },
        },
      }),
    ];
  },
});

/** An empty <a name|id> (a footnote target): an inline atom, since marks need text. */
const Anchor = Node.create({
  name: "anchor",
  group: "inline",
  inline: true,
  atom: true,
  addAttributes: () => ({ name: plain("name"), id: plain("id") }),
  parseHTML: () => [{ tag: "a", priority: 60, getAttrs: (element) => (element.childNodes.length === 0 && !element.hasAttribute("href") && (element.id || element.getAttribute("name")) ? null : false) }],
  renderHTML: ({ HTMLAttributes }) => ["a", HTMLAttributes],
});

/** One mark per remaining inline element of the allowlist, with its own attributes. */
function inlineMark(tag: (typeof INLINE_MARKS)[number]) {
  const own: Record<string, string[]> = { del: ["cite", "datetime"], ins: ["cite", "datetime"], q: ["cite"], time: ["datetime"] };
  return Mark.create({
    name: tag,
    // Nested <span>s with different styles are both kept.
    excludes: tag === "span" ? "" : undefined,
    addAttributes: () => Object.fromEntries((own[tag] ?? []).map((name) => [name, plain(name)])),
    parseHTML: () => [{ tag }],
    renderHTML: ({ HTMLAttributes }) => [tag, HTMLAttributes, 0],
  });
}

const tagOnly = (...tags: string[]) => () => tags.map((tag) => ({ tag }));

export function postExtensions(): Extensions {
  return [
    StarterKit.configure({
      paragraph: false,
      bold: false,
      italic: false,
      strike: false,
      underline: false,
      link: false,
      codeBlock: false,
      orderedList: false,
      // A trailing empty paragraph would be added to every post that ends in a table or image.
      trailingNode: false,
      heading: { levels: [1, 2, 3, 4, 5, 6] },
    }),
    PostParagraph,
    // Formatting comes from the element, never from a style (the style stays on its own span).
    Bold.extend({ parseHTML: tagOnly("strong", "b") }),
    Italic.extend({ parseHTML: tagOnly("em", "i") }),
    Strike.extend({ parseHTML: tagOnly("s", "strike") }),
    Underline.extend({ parseHTML: tagOnly("u") }),
    Link.extend({
      addAttributes() {
        return { ...this.parent?.(), name: plain("name") };
      },
    }).configure({ openOnClick: false, autolink: true, HTMLAttributes: { target: null, rel: null, class: null } }),
    CodeBlock.extend({
      addAttributes() {
        return {
          ...this.parent?.(),
          // <pre> without <code> (Blogger) stays so.
          plain: { default: false, rendered: false, parseHTML: (element: HTMLElement) => element.firstElementChild?.localName !== "code" },
        };
      },
      renderHTML({ node, HTMLAttributes }) {
        if (node.attrs.plain) return ["pre", HTMLAttributes, 0];
        return ["pre", HTMLAttributes, ["code", { class: node.attrs.language ? `language-${node.attrs.language}` : null }, 0]];
      },
    }),
    OrderedList.extend({
      addAttributes() {
        return {
          ...this.parent?.(),
          type: { default: null, parseHTML: attributeOf("type") },
          reversed: { default: null, parseHTML: (element: HTMLElement) => (element.hasAttribute("reversed") ? "" : null) },
        };
      },
    }),
    Image.extend({
      addAttributes() {
        return { ...this.parent?.(), srcset: plain("srcset"), sizes: plain("sizes"), loading: plain("loading"), decoding: plain("decoding") };
      },
    }).configure({ inline: true, allowBase64: false }),
    Table.extend({
      // No <colgroup> or min-width: a table saves as it was written.
      renderHTML: ({ HTMLAttributes }) => ["table", HTMLAttributes, ["tbody", 0]],
    }).configure({ resizable: false }),
    TableRow,
    // Cell alignment is TextAlign's; column widths are not kept (no resizing).
    TableHeader.extend({ addAttributes() { return { ...this.parent?.(), align: { default: null, parseHTML: () => null, renderHTML: () => ({}) }, colwidth: { default: null, parseHTML: () => null, renderHTML: () => ({}) }, scope: plain("scope") }; } }),
    TableCell.extend({ addAttributes() { return { ...this.parent?.(), align: { default: null, parseHTML: () => null, renderHTML: () => ({}) }, colwidth: { default: null, parseHTML: () => null, renderHTML: () => ({}) } }; } }),
    TextAlign.configure({ types: ALIGNED_TYPES, alignments: ["left", "right", "center", "justify", "start", "end"] }),
    Div,
    Figure,
    Figcaption,
    Embed,
    TypeAfterSelectedBlock,
    Anchor,
    ...INLINE_MARKS.map(inlineMark),
    GlobalAttributes,
  ];
}
