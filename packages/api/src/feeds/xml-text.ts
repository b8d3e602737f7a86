// Text on its way into XML. XML 1.0 forbids most control characters outright (a feed holding one
// is not well-formed, and readers drop it whole), and the `feed` library passes them through.

/** Characters XML 1.0 allows: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. */
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripXmlIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, "");
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML or XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Plain text as an HTML fragment that shows exactly that text. `feed` writes titles as
 * `type="html"`, so a title such as `a <b> & c` must arrive escaped or readers would render it.
 * Escaping `>` also means the result never contains `]]>`, which would end its CDATA section.
 */
export function textAsHtml(text: string): string {
  return escapeXml(stripXmlIllegal(text));
}

/**
 * HTML for a CDATA section: `]]>` would close the section early (the library only splits the
 * first one), and `]]&gt;` means the same to an HTML reader.
 */
export function htmlForCdata(html: string): string {
  return stripXmlIllegal(html).replaceAll("]]>", "]]&gt;");
}

/**
 * Text for an element the library writes as character data. It escapes `&`, `<` and `>` itself,
 * but first turns every `&amp;` back into `&` (to avoid double escaping); doubling `&amp;` here
 * makes that step give back the original text.
 */
export function plainTextForLibrary(text: string): string {
  return stripXmlIllegal(text).replaceAll("&amp;", "&amp;amp;");
}
