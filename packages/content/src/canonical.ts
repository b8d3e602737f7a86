/**
 * A canonical text form of post HTML, to tell whether two versions say the same thing: the
 * editor compares a post before and after loading it (and refuses the visual mode when they
 * differ), and the tests compare a corpus before and after a round trip through the editor.
 *
 * Differences that change nothing a reader sees or a tool reads are erased: attribute order,
 * the order of style declarations and classes, collapsible whitespace, how nested inline
 * formatting is split or ordered (`<b><i>x</i></b>` = `<i><b>x</b></i>`), the presentational
 * synonyms <b>/<strong>, <i>/<em>, <strike>/<s>, table row groups (<tbody>), which browsers
 * add by themselves, the address form of an allowed video (every form of it is stored as the
 * one privacy-first player), and the user-content- prefix the server gives ids. Everything else — text, elements, attributes, values — must match.
 */
import { isInlineTag } from "./allowlist";
import { embedIframeAttributes, parseEmbedUrl } from "./embeds";

export type HtmlNode = { type: "element"; tag: string; attrs: Readonly<Record<string, string>>; children: readonly HtmlNode[] } | { type: "text"; value: string };

const TAG_ALIASES: Readonly<Record<string, string>> = { b: "strong", i: "em", strike: "s" };
const TRANSPARENT = new Set(["tbody", "thead", "tfoot"]);
const VOID = new Set(["br", "img", "hr", "wbr", "col", "source", "input"]);
/** Children never shown (an iframe's fallback text). */
const OPAQUE = new Set(["iframe"]);
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

function escapeText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");
}

const PREFIX = "user-content-";

function canonicalAttributeValue(name: string, value: string): string {
  // The server prefixes ids and the links to them; written with or without, they are the same.
  if ((name === "id" || name === "name") && value.startsWith(PREFIX)) return value.slice(PREFIX.length);
  if (name === "href" && value.startsWith(`#${PREFIX}`)) return `#${value.slice(PREFIX.length + 1)}`;
  if (name === "style") {
    return value
      .split(";")
      .map((part) => {
        const colon = part.indexOf(":");
        return colon < 0 ? "" : `${part.slice(0, colon).trim().toLowerCase()}: ${part.slice(colon + 1).trim().replace(COLLAPSIBLE, " ")}`;
      })
      .filter(Boolean)
      .sort()
      .join("; ");
  }
  if (name === "class" || name === "rel" || name === "sandbox") return [...new Set(value.split(COLLAPSIBLE).filter(Boolean))].sort().join(" ");
  return value;
}

function openTag(tag: string, attrs: Readonly<Record<string, string>>): string {
  const parts = Object.entries(attrs)
    .map(([name, value]) => [name.toLowerCase(), canonicalAttributeValue(name.toLowerCase(), value)] as const)
    .filter(([name, value]) => !((name === "style" || name === "class") && value === ""))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`);
  return `<${tag}${parts.join("")}>`;
}

type Segment = { kind: "text"; text: string; marks: string[] } | { kind: "atom"; html: string; marks: string[] };

function tagOf(node: Extract<HtmlNode, { type: "element" }>): string {
  const tag = node.tag.toLowerCase();
  return TAG_ALIASES[tag] ?? tag;
}

function flatten(node: HtmlNode, marks: string[], out: Segment[], pre: boolean): void {
  if (node.type === "text") {
    out.push({ kind: "text", text: node.value, marks });
    return;
  }
  const tag = tagOf(node);
  if (tag === "br" || tag === "img") {
    out.push({ kind: "atom", html: openTag(tag, node.attrs), marks });
    return;
  }
  if (isInlineTag(tag)) {
    const descriptor = openTag(tag, node.attrs);
    const inner = [...marks, descriptor].sort();
    for (const child of node.children) flatten(child, inner, out, pre);
    return;
  }
  // A block inside inline formatting (<a><div>…</div></a>): kept whole, with its formatting.
  out.push({ kind: "atom", html: blockLines(node, pre).join(" "), marks });
}

const closeTag = (descriptor: string) => `</${/^<([a-z0-9]+)/.exec(descriptor)?.[1] ?? ""}>`;
const sameMarks = (a: string[], b: string[]) => a.length === b.length && a.every((mark, index) => mark === b[index]);

/** One line for a run of inline content, or null when it holds nothing visible. */
function inlineRun(nodes: HtmlNode[], pre: boolean): string | null {
  const raw: Segment[] = [];
  for (const node of nodes) flatten(node, [], raw, pre);
  // Merge neighbouring text with the same formatting, then collapse whitespace as browsers do.
  const segments: Segment[] = [];
  for (const segment of raw) {
    const last = segments.at(-1);
    if (segment.kind === "text" && last?.kind === "text" && sameMarks(last.marks, segment.marks)) last.text += segment.text;
    else segments.push({ ...segment });
  }
  if (!pre) {
    let previousEndsInSpace = true; // the start of a block, or just after a line break
    segments.forEach((segment, index) => {
      if (segment.kind === "atom") {
        previousEndsInSpace = segment.html.startsWith("<br");
        if (previousEndsInSpace) {
          const before = segments[index - 1];
          if (before?.kind === "text") before.text = before.text.replace(/ $/, "");
        }
        return;
      }
      segment.text = segment.text.replace(COLLAPSIBLE, " ");
      if (previousEndsInSpace) segment.text = segment.text.replace(/^ /, "");
      if (segment.text !== "") previousEndsInSpace = segment.text.endsWith(" ");
    });
    const last = segments.at(-1);
    if (last?.kind === "text") last.text = last.text.replace(/ $/, "");
  }
  const visible = segments.filter((segment) => segment.kind === "atom" || segment.text !== "");
  if (visible.length === 0) return null;
  return visible.map((segment) => segment.marks.join("") + (segment.kind === "text" ? escapeText(segment.text) : segment.html) + [...segment.marks].reverse().map(closeTag).join("")).join("");
}

function childLines(children: readonly HtmlNode[], pre: boolean): string[] {
  const lines: string[] = [];
  let run: HtmlNode[] = [];
  const flush = () => {
    const line = inlineRun(run, pre);
    if (line !== null) lines.push(line);
    run = [];
  };
  for (const child of children) {
    if (child.type === "text" || isInlineTag(tagOf(child))) {
      run.push(child);
      continue;
    }
    flush();
    if (TRANSPARENT.has(tagOf(child))) lines.push(...childLines(child.children, pre));
    else lines.push(...blockLines(child, pre));
  }
  flush();
  return lines;
}

function blockLines(node: Extract<HtmlNode, { type: "element" }>, pre: boolean): string[] {
  const tag = tagOf(node);
  const open = openTag(tag, node.attrs);
  if (VOID.has(tag)) return [open];
  if (tag === "iframe") {
    const video = parseEmbedUrl(node.attrs.src ?? "");
    const { style, class: className, id, lang, dir } = node.attrs;
    const own = Object.fromEntries(Object.entries({ style, class: className, id, lang, dir }).filter((entry): entry is [string, string] => entry[1] !== undefined));
    const attrs = video ? { ...own, ...embedIframeAttributes({ video, title: node.attrs.title, width: node.attrs.width, height: node.attrs.height }) } : node.attrs;
    return [`${openTag(tag, attrs)}</${tag}>`];
  }
  if (OPAQUE.has(tag)) return [`${open}</${tag}>`];
  const inner = childLines(node.children, pre || tag === "pre");
  if (inner.length === 0) return [`${open}</${tag}>`];
  return [open, ...inner.map((line) => `  ${line}`), `</${tag}>`];
}

/** The canonical form: one block per line, indented by depth. */
export function canonicalHtml(nodes: readonly HtmlNode[]): string {
  return childLines(nodes, false).join("\n");
}

/** The first line where two canonical forms differ, for a message, or null when they are equal. */
export function firstDifference(expected: string, actual: string): { line: number; expected: string; actual: string } | null {
  if (expected === actual) return null;
  const a = expected.split("\n");
  const b = actual.split("\n");
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    if (a[index] !== b[index]) return { line: index + 1, expected: (a[index] ?? "").trim(), actual: (b[index] ?? "").trim() };
  }
  return null;
}
