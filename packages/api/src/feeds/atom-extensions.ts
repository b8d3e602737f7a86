// `feed` 6.0.0 writes no Atom extension elements and escapes only `"` and `&` in attributes, so the
// elements it cannot write are serialized here and placed right after each entry's <id>.
import { escapeXml, stripXmlIllegal } from "./xml-text";

export const THREADING_NS = "http://purl.org/syndication/thread/1.0";
const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

type Attributes = Record<string, string | number | undefined>;

/** One element, its attribute values and text escaped; undefined attributes are left out. */
export function xmlElement(name: string, attributes: Attributes, text?: string): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(stripXmlIllegal(String(value)))}"`)
    .join("");
  return text === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${escapeXml(stripXmlIllegal(text))}</${name}>`;
}

/**
 * Adds the threading namespace and xml:lang to the root and each entry's extra elements after its
 * <id>. Entry ids are tag: URIs this module made (no characters XML escapes), so each occurs
 * exactly once; anything else is a bug and throws rather than emitting a wrong feed.
 */
export function addAtomExtensions(xml: string, options: { language: string; entryExtras: Map<string, string>; feedExtras?: string }): string {
  if (!xml.includes(ATOM_ROOT)) throw new Error("Unexpected Atom output: no <feed> root.");
  let out = xml.replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="${THREADING_NS}" xml:lang="${escapeXml(options.language)}">`);
  if (options.feedExtras) {
    // The feed's own <id> is the document's first (entries come after the feed's metadata).
    const feedIdEnd = out.indexOf("</id>");
    if (feedIdEnd < 0) throw new Error("Unexpected Atom output: no feed <id>.");
    out = `${out.slice(0, feedIdEnd + 5)}${options.feedExtras}${out.slice(feedIdEnd + 5)}`;
  }
  for (const [entryId, extras] of options.entryExtras) {
    const marker = `<id>${entryId}</id>`;
    const at = out.indexOf(marker);
    if (at < 0 || out.indexOf(marker, at + marker.length) >= 0) throw new Error(`Entry id ${entryId} is not unique in the feed.`);
    const end = at + marker.length;
    out = `${out.slice(0, end)}${extras}${out.slice(end)}`;
  }
  return out;
}
