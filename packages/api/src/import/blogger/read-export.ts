/**
 * A Blogger export, read as a stream of import items: the format is told from the file itself
 * (Takeout entries carry <blogger:type>, classic ones a kind category; Crestwood's export declares
 * its extension namespace), entry by entry, so a file mixing both still reads.
 */
import type { ImportItem, ImportSettings, SourceRef } from "../model";
import type { ReportLine } from "../report";
import { classicKind, mapClassicEntry } from "./classic";
import { readAccount, readLabel, readMedia } from "./crestwood-extensions";
import { plainTitle } from "./entry-fields";
import { CRESTWOOD_NS } from "./namespaces";
import { mapTakeoutEntry, takeoutType } from "./takeout";
import { ATOM_NS, ExportFileError, attr, readFeed, type XmlNode } from "./xml-entries";

export type ExportFormat = "classic" | "takeout" | "crestwood";

export type ReadEvent =
  | { type: "format"; format: ExportFormat }
  | { type: "item"; item: ImportItem; lines: ReportLine[] }
  | { type: "lines"; lines: ReportLine[] };

/** The blog's address from the feed's rel="alternate" link (classic exports have one). */
function headerSettings(node: XmlNode, ref: SourceRef): ImportSettings | null {
  if (node.uri !== ATOM_NS) return null;
  if (node.local === "title") {
    const title = plainTitle(node);
    return title ? { type: "settings", ref, title } : null;
  }
  if (node.local === "link" && (attr(node, "rel") ?? "alternate") === "alternate") {
    const href = attr(node, "href");
    if (href && /^https?:\/\//.test(href)) return { type: "settings", ref, blogUrls: [href] };
  }
  return null;
}

export async function* readBloggerExport(chunks: AsyncIterable<string>): AsyncGenerator<ReadEvent> {
  let format: ExportFormat | null = null;
  let declaresCrestwood = false;
  let entries = 0;
  let bloggerEntries = 0;
  let firstEntryLine = 0;
  for await (const event of readFeed(chunks)) {
    if (event.type === "root") {
      if (event.uri !== ATOM_NS || event.local !== "feed") {
        const what = event.uri ? `<${event.local}> in ${event.uri}` : `<${event.local}>`;
        throw new ExportFileError(
          `Not a Blogger export: the file starts with ${what} on line ${event.line}, where a Blogger export (classic .xml or Takeout feed.atom) starts with an Atom <feed>.`,
        );
      }
      declaresCrestwood = Object.values(event.namespaces).includes(CRESTWOOD_NS);
      continue;
    }
    if (event.type === "header") {
      const node = event.node;
      const ref: SourceRef = { entry: 0, line: node.line };
      if (node.uri === CRESTWOOD_NS && node.local === "account") {
        const account = readAccount(node, ref);
        if (account) yield { type: "item", item: account, lines: [] };
      } else if (node.uri === CRESTWOOD_NS && node.local === "label") {
        const label = readLabel(node, ref);
        if (label) yield { type: "item", item: label, lines: [] };
      } else if (node.uri === CRESTWOOD_NS && node.local === "media") {
        const media = readMedia(node, ref);
        if (media) yield { type: "item", item: media, lines: [] };
      } else {
        const settings = headerSettings(node, ref);
        // The feed's own title is the blog's title only until a settings entry says otherwise.
        if (settings) yield { type: "item", item: settings, lines: [] };
      }
      continue;
    }
    entries++;
    if (entries === 1) firstEntryLine = event.node.line;
    const isTakeout = takeoutType(event.node) !== null;
    const isClassic = !isTakeout && classicKind(event.node) !== null;
    if (isTakeout || isClassic) {
      bloggerEntries++;
      if (!format) {
        format = isTakeout ? "takeout" : declaresCrestwood ? "crestwood" : "classic";
        yield { type: "format", format };
      }
    }
    const mapped = isTakeout ? mapTakeoutEntry(event.node, event.index) : mapClassicEntry(event.node, event.index);
    if (mapped.item) yield { type: "item", item: mapped.item, lines: mapped.lines };
    else if (mapped.lines.length) yield { type: "lines", lines: mapped.lines };
  }
  if (entries > 0 && bloggerEntries === 0) {
    throw new ExportFileError(
      `Not a Blogger export: it is an Atom feed, but none of its ${entries} entries (the first on line ${firstEntryLine}) says it is a Blogger post, page or comment. A feed downloaded from a blog's address (…/feeds/posts/default) holds only recent posts: export the blog from Blogger's settings (Back up content) or Google Takeout.`,
    );
  }
  if (!format) yield { type: "format", format: declaresCrestwood ? "crestwood" : "classic" };
}
