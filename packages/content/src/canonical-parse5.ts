/**
 * canonical.ts on the server and in tests: parse5 parses HTML exactly as browsers do (the HTML
 * standard's algorithm), so the canonical form matches what the editor sees in Chromium.
 */
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { canonicalHtml, type HtmlNode } from "./canonical";

type ChildNode = DefaultTreeAdapterMap["childNode"];

export function treeFromParse5(nodes: readonly ChildNode[]): HtmlNode[] {
  const tree: HtmlNode[] = [];
  for (const node of nodes) {
    if (node.nodeName === "#text" && "value" in node) tree.push({ type: "text", value: node.value });
    else if ("tagName" in node) {
      const attrs = Object.fromEntries(node.attrs.map((attribute) => [attribute.name, attribute.value]));
      const children = node.tagName === "template" ? [] : node.childNodes;
      tree.push({ type: "element", tag: node.tagName, attrs, children: treeFromParse5(children) });
    }
  }
  return tree;
}

/** The children of <body> after parsing `html` as the editor does (DOMParser on "<body>…</body>"). */
export function parseBody(html: string): ChildNode[] {
  const document = parse(`<body>${html}</body>`);
  const root = document.childNodes.find((node) => "tagName" in node && node.tagName === "html");
  const body = root && "childNodes" in root ? root.childNodes.find((node) => "tagName" in node && node.tagName === "body") : undefined;
  return body && "childNodes" in body ? body.childNodes : [];
}

export function canonicalFromParse5(html: string): string {
  return canonicalHtml(treeFromParse5(parseBody(html)));
}
