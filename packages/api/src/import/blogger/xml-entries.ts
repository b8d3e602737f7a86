/**
 * Streams an Atom export one <entry> at a time: saxes (a strict, namespace-aware SAX parser)
 * reads the text as it arrives, and only the entry being read is held in memory as a small
 * element tree. The feed's own children (title, links, id) come first as "header" nodes.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";

export const ATOM_NS = "http://www.w3.org/2005/Atom";

export interface XmlAttr {
  uri: string;
  local: string;
  value: string;
}

export interface XmlNode {
  uri: string;
  local: string;
  attrs: XmlAttr[];
  children: XmlNode[];
  /** The element's own text and CDATA (not its children's). */
  text: string;
  line: number;
}

export type FeedEvent =
  | { type: "root"; uri: string; local: string; line: number; namespaces: Record<string, string> }
  | { type: "header"; node: XmlNode }
  | { type: "entry"; node: XmlNode; index: number };

/** A file that is not well-formed XML, or not an Atom feed: where it went wrong, in words. */
export class ExportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportFileError";
  }
}

export function attr(node: XmlNode, local: string, uri = ""): string | undefined {
  return node.attrs.find((a) => a.local === local && a.uri === uri)?.value;
}

export function child(node: XmlNode, local: string, uri = ATOM_NS): XmlNode | undefined {
  return node.children.find((c) => c.local === local && c.uri === uri);
}

export function childrenNamed(node: XmlNode, local: string, uri = ATOM_NS): XmlNode[] {
  return node.children.filter((c) => c.local === local && c.uri === uri);
}

export function childText(node: XmlNode, local: string, uri = ATOM_NS): string | undefined {
  return child(node, local, uri)?.text;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The markup inside an element (Atom `type="xhtml"` content), serialized back to text. */
export function innerMarkup(node: XmlNode): string {
  const parts: string[] = [];
  if (node.text) parts.push(escapeXml(node.text));
  for (const c of node.children) {
    const attrs = c.attrs.map((a) => ` ${a.local}="${escapeXml(a.value)}"`).join("");
    parts.push(`<${c.local}${attrs}>${innerMarkup(c)}</${c.local}>`);
  }
  return parts.join("");
}

/**
 * Reads the text chunks of a feed and yields its root, header elements and entries in order.
 * A syntax error throws an ExportFileError naming the line, column and the entry being read.
 */
export async function* readFeed(chunks: AsyncIterable<string>): AsyncGenerator<FeedEvent> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const queue: FeedEvent[] = [];
  const stack: XmlNode[] = [];
  let depth = 0;
  let entries = 0;
  let sawRoot = false;
  let currentEntryId: string | undefined;

  parser.on("opentag", (tag: SaxesTagNS) => {
    depth++;
    const line = parser.line;
    if (depth === 1) {
      sawRoot = true;
      queue.push({ type: "root", uri: tag.uri, local: tag.local, line, namespaces: { ...tag.ns } });
      return;
    }
    const node: XmlNode = {
      uri: tag.uri,
      local: tag.local,
      attrs: Object.values(tag.attributes).map((a) => ({ uri: a.uri, local: a.local, value: a.value })),
      children: [],
      text: "",
      line,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    stack.push(node);
    if (depth === 2 && node.local === "entry" && node.uri === ATOM_NS) currentEntryId = undefined;
  });
  const onText = (text: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", () => {
    depth--;
    if (depth === 0) return;
    const node = stack.pop();
    if (!node) return;
    if (depth === 2 && node.local === "id" && node.uri === ATOM_NS && stack[0]?.local === "entry") currentEntryId = node.text.trim();
    if (depth === 1) {
      if (node.local === "entry" && node.uri === ATOM_NS) {
        entries++;
        queue.push({ type: "entry", node, index: entries });
      } else {
        queue.push({ type: "header", node });
      }
    }
  });
  parser.on("error", (error: Error) => {
    const inEntry = stack[0]?.local === "entry" ? ` (in entry ${entries + 1}${currentEntryId ? `, ${currentEntryId}` : ""}, which starts on line ${stack[0].line})` : "";
    // saxes's message starts with "line:column: ".
    const match = /^(\d+):(\d+): (.*)$/s.exec(error.message);
    const where = match ? `line ${match[1]}, column ${Number(match[2]) + 1}` : `line ${parser.line}`;
    throw new ExportFileError(`The file is not well-formed XML at ${where}${inEntry}: ${match ? match[3] : error.message}.`);
  });

  for await (const chunk of chunks) {
    parser.write(chunk);
    while (queue.length > 0) yield queue.shift()!;
  }
  parser.close();
  while (queue.length > 0) yield queue.shift()!;
  if (!sawRoot) throw new ExportFileError("The file is empty: expected a Blogger export (an Atom feed).");
}
