// Checks on feed documents for tests: RFC 4287's RELAX NG schema (libxml2 compiled to
// WebAssembly, no network), the author rule the schema cannot express, and reading entries back.
import { readFileSync } from "node:fs";
import { RelaxNGValidator, XmlDocument } from "libxml2-wasm";
import { THREADING_NS } from "../src/feeds/atom-extensions";

const NS = { atom: "http://www.w3.org/2005/Atom", thr: THREADING_NS };

let validator: RelaxNGValidator | undefined;
function atomValidator(): RelaxNGValidator {
  if (!validator) {
    const schema = XmlDocument.fromString(readFileSync(new URL("./schemas/atom.rng", import.meta.url), "utf8"));
    validator = RelaxNGValidator.fromDoc(schema);
  }
  return validator;
}

function errorText(error: unknown): string[] {
  if (error && typeof error === "object" && "details" in error && Array.isArray(error.details)) {
    return error.details.map((detail: { message?: string; line?: number }) => `line ${detail.line ?? "?"}: ${detail.message?.trim() ?? ""}`);
  }
  return [String(error)];
}

/** Problems with an Atom document: not well-formed, invalid against RFC 4287, or breaking its author rule. */
export function atomProblems(xml: string): string[] {
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromString(xml);
  } catch (error) {
    return ["not well-formed", ...errorText(error)];
  }
  try {
    const problems: string[] = [];
    try {
      atomValidator().validate(doc);
    } catch (error) {
      problems.push(...errorText(error));
    }
    // RFC 4287 §4.1.1: an author on the feed, or on every entry.
    if (doc.eval("boolean(/atom:feed/atom:author/atom:name) or not(/atom:feed/atom:entry[not(atom:author/atom:name)])", NS) !== true) {
      problems.push("author rule: the feed has no author and some entry has none");
    }
    return problems;
  } finally {
    doc.dispose();
  }
}

/** Problems with an RSS document: only well-formedness and its root (RSS has no schema to check). */
export function rssProblems(xml: string): string[] {
  try {
    const doc = XmlDocument.fromString(xml);
    const ok = doc.eval("boolean(/rss[@version='2.0']/channel/title)") === true;
    doc.dispose();
    return ok ? [] : ["no <rss version=2.0><channel><title>"];
  } catch (error) {
    return ["not well-formed", ...errorText(error)];
  }
}

export interface AtomEntryView {
  id: string;
  title: string;
  titleType: string;
  updated: string;
  alternate: string;
  content: string;
  authors: string[];
  categories: string[];
  thrTotal: string;
  inReplyTo: string;
}

/** The parts of an Atom feed tests assert on, as a reader would decode them. */
export function readAtom(xml: string) {
  const doc = XmlDocument.fromString(xml);
  try {
    const text = (xpath: string, context: { eval: XmlDocument["eval"] } = doc) => String(context.eval(`string(${xpath})`, NS));
    const entries: AtomEntryView[] = doc.find("/atom:feed/atom:entry", NS).map((entry) => ({
      id: text("atom:id", entry),
      title: text("atom:title", entry),
      titleType: text("atom:title/@type", entry),
      updated: text("atom:updated", entry),
      alternate: text("atom:link[not(@rel) or @rel='alternate']/@href", entry),
      content: text("atom:content", entry),
      authors: entry.find("atom:author/atom:name", NS).map((node) => node.content),
      categories: entry.find("atom:category/@term", NS).map((node) => node.content),
      thrTotal: text("thr:total", entry),
      inReplyTo: text("thr:in-reply-to/@ref", entry),
    }));
    return {
      id: text("/atom:feed/atom:id"),
      title: text("/atom:feed/atom:title"),
      updated: text("/atom:feed/atom:updated"),
      self: text("/atom:feed/atom:link[@rel='self']/@href"),
      alternate: text("/atom:feed/atom:link[@rel='alternate']/@href"),
      author: text("/atom:feed/atom:author/atom:name"),
      entries,
    };
  } finally {
    doc.dispose();
  }
}

/** What an HTML title shows: entities decoded (feed titles are type="html"). */
export function htmlTitleText(html: string): string {
  return html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
