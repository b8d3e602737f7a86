import { MARK_END, MARK_START } from "@crestwood/db";
import { escapeXml } from "../feeds/xml-text";

/**
 * Search output (plain text with matched words between markers) as HTML: the text escaped, the
 * matches in <mark>. Markers that do not pair up are dropped rather than left to break the page.
 */
export function markedTextToHtml(text: string): string {
  const html = escapeXml(text);
  const pairs = new RegExp(`${MARK_START}([^${MARK_START}${MARK_END}]*)${MARK_END}`, "gu");
  return html.replace(pairs, "<mark>$1</mark>").replace(new RegExp(`[${MARK_START}${MARK_END}]`, "gu"), "");
}
