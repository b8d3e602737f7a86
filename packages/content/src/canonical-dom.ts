import { canonicalHtml, type HtmlNode } from "./canonical";

/** A browser DOM (DOMParser, an editor's output) as canonical.ts's tree; comments are dropped. */
export function treeFromDom(nodes: ArrayLike<ChildNode>): HtmlNode[] {
  const tree: HtmlNode[] = [];
  for (const node of Array.from(nodes)) {
    if (node.nodeType === 3) tree.push({ type: "text", value: node.textContent ?? "" });
    else if (node.nodeType === 1) {
      const element = node as Element;
      const attrs: Record<string, string> = {};
      for (const attribute of Array.from(element.attributes)) attrs[attribute.name] = attribute.value;
      tree.push({ type: "element", tag: element.localName, attrs, children: treeFromDom(element.childNodes) });
    }
  }
  return tree;
}

/** Parses HTML as the editor does (a <body> in an inert document) and returns its canonical form. */
export function canonicalFromDom(html: string): string {
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body;
  return canonicalHtml(treeFromDom(body.childNodes));
}
