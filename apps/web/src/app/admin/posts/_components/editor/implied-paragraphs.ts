/**
 * Blogger posts are loose text with <br>s, list items and table cells hold bare text, separators
 * are <div>s around an image. The editor's schema (like every ProseMirror schema) needs a
 * paragraph around such text; left to itself it would add <p>s on every save and change how the
 * post looks. So the paragraphs it needs are marked on the way in and removed on the way out:
 * the post keeps its shape, and a paragraph the author adds (Enter) is a real <p>. On the way
 * out, styles also get back the text they were written with (see VERBATIM_STYLE_ATTRIBUTE).
 */
import { isInlineTag } from "@crestwood/content";
import { IMPLIED_ATTRIBUTE, VERBATIM_STYLE_ATTRIBUTE } from "./extensions";

/** Elements whose content the schema requires to be blocks. */
const BLOCK_CONTAINERS = new Set(["body", "div", "figure", "li", "td", "th", "blockquote"]);

function isInline(node: ChildNode): boolean {
  if (node.nodeType === Node.TEXT_NODE) return true;
  return node.nodeType === Node.ELEMENT_NODE && isInlineTag((node as Element).localName);
}

const isBlank = (nodes: ChildNode[]) => nodes.every((node) => node.nodeType === Node.TEXT_NODE && /^[ \t\n\r\f]*$/.test(node.textContent ?? ""));

function wrapLooseInline(container: Element): void {
  const document = container.ownerDocument;
  const children = [...container.childNodes];
  const hasContent = children.some((node) => node.nodeType === Node.TEXT_NODE ? !isBlank([node]) : node.nodeType === Node.ELEMENT_NODE);
  if (!hasContent && container.localName !== "body") {
    const empty = document.createElement("p");
    empty.setAttribute(IMPLIED_ATTRIBUTE, "");
    container.append(empty);
    return;
  }
  let run: ChildNode[] = [];
  const flush = () => {
    if (run.length > 0 && !isBlank(run)) {
      const paragraph = document.createElement("p");
      paragraph.setAttribute(IMPLIED_ATTRIBUTE, "");
      run[0]?.before(paragraph);
      paragraph.append(...run);
    }
    run = [];
  };
  for (const child of children) {
    if (isInline(child)) run.push(child);
    else flush();
  }
  flush();
}

function visit(element: Element): void {
  if (BLOCK_CONTAINERS.has(element.localName)) wrapLooseInline(element);
  for (const child of [...element.children]) visit(child);
}

/** The HTML to give the editor: loose inline content wrapped in marked paragraphs. */
export function prepareForEditor(html: string): string {
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body;
  visit(body);
  return body.innerHTML;
}

/**
 * The post's HTML from the editor's: each marked paragraph that still has no attribute of its own
 * is unwrapped. Two marked paragraphs next to each other (the block between them was deleted) are
 * two paragraphs on screen, so the second stays a real <p>.
 */
export function htmlFromEditor(html: string): string {
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body;
  for (const element of [...body.querySelectorAll(`[${VERBATIM_STYLE_ATTRIBUTE}]`)]) {
    element.setAttribute("style", element.getAttribute(VERBATIM_STYLE_ATTRIBUTE) ?? "");
    element.removeAttribute(VERBATIM_STYLE_ATTRIBUTE);
  }
  const implied = [...body.querySelectorAll(`p[${IMPLIED_ATTRIBUTE}]`)];
  const unwrap = implied.filter((paragraph) => {
    const previous = paragraph.previousElementSibling;
    const followsImplied = previous !== null && implied.includes(previous) && paragraph.previousSibling === previous;
    return paragraph.attributes.length === 1 && !followsImplied;
  });
  for (const paragraph of implied) paragraph.removeAttribute(IMPLIED_ATTRIBUTE);
  for (const paragraph of unwrap) paragraph.replaceWith(...paragraph.childNodes);
  return body.innerHTML;
}
