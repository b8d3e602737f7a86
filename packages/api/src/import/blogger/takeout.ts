/**
 * Google Takeout's Blogger file (Takeout/Blogger/Blogs/<name>/feed.atom, namespace
 * http://schemas.google.com/blogger/2018): every entry says what it is in <blogger:type> (POST,
 * PAGE, COMMENT) and <blogger:status> (LIVE, DRAFT, …), gives its old path in
 * <blogger:filename> (empty for drafts), its trash time in <blogger:trashed>, a comment's post in
 * <blogger:parent> and the comment it answers in <blogger:inReplyTo>. Titles are plain text and
 * often empty; labels are categories with the blog's tag as scheme.
 */
import type { ImportComment, ImportPost, SourceRef } from "../model";
import type { ReportLine } from "../report";
import { authorOf, contentHtml, idOf, titleText } from "./entry-fields";
import { itemKey } from "./ids";
import { addresses, postLines, readDate, readLabels, skipped, type Mapped } from "./map-common";
import { BLOGGER_2018_NS, KIND_SCHEME } from "./namespaces";
import { attr, child, childText, childrenNamed, type XmlNode } from "./xml-entries";

const text = (entry: XmlNode, local: string) => childText(entry, local, BLOGGER_2018_NS)?.trim() ?? "";

export function takeoutType(entry: XmlNode): string | null {
  return child(entry, "type", BLOGGER_2018_NS) ? text(entry, "type").toUpperCase() : null;
}

function mapPost(entry: XmlNode, kind: "post" | "page", ref: SourceRef): Mapped {
  const lines: ReportLine[] = [];
  const status = text(entry, "status").toUpperCase();
  const title = titleText(entry);
  if (text(entry, "trashed") || status === "SOFT_TRASHED" || status === "DELETED") {
    return skipped({ code: "trashed", message: `${kind} "${title || text(entry, "filename") || "(untitled)"}" was in Blogger's trash`, ref });
  }
  const draft = status !== "LIVE" && status !== "SCHEDULED";
  const published = readDate(childText(entry, "published"), "published", ref, lines);
  const updated = readDate(childText(entry, "updated"), "updated", ref, lines);
  const created = readDate(text(entry, "created"), "created", ref, lines);
  const { oldPaths, address } = addresses(text(entry, "filename"));
  const labels = readLabels(
    childrenNamed(entry, "category")
      .filter((c) => attr(c, "scheme") !== KIND_SCHEME)
      .map((c) => attr(c, "term")),
    ref,
    lines,
  );
  let publishedAt = published;
  if (!draft && !publishedAt) {
    publishedAt = updated ?? created;
    lines.push({ code: "missing-date", message: `${kind} "${title || oldPaths[0]}" has no published date`, ref });
  }
  const location = child(entry, "location", BLOGGER_2018_NS);
  const post: ImportPost = {
    type: "post",
    ref,
    sourceId: itemKey(ref.id ?? ""),
    kind,
    status: draft ? "draft" : "published",
    title,
    bodyHtml: contentHtml(entry),
    labels,
    publishedAt,
    updatedAt: updated,
    createdAt: created ?? published ?? updated,
    author: authorOf(entry, BLOGGER_2018_NS),
    oldPaths,
    ...(address?.mobile ? { mobileCopy: true } : {}),
    metaDescription: text(entry, "metaDescription") || undefined,
    location: location ? childText(location, "name", BLOGGER_2018_NS)?.trim() || undefined : undefined,
  };
  postLines(post, lines);
  return { item: post, lines };
}

function mapComment(entry: XmlNode, ref: SourceRef): Mapped {
  const lines: ReportLine[] = [];
  const status = text(entry, "status").toUpperCase();
  if (text(entry, "trashed") || status === "DELETED" || status === "SOFT_TRASHED") {
    return skipped({ code: "trashed", message: "comment was deleted on Blogger", ref });
  }
  const published = readDate(childText(entry, "published"), "published", ref, lines);
  const updated = readDate(childText(entry, "updated"), "updated", ref, lines);
  const created = readDate(text(entry, "created"), "created", ref, lines);
  const parent = text(entry, "parent");
  const inReplyTo = text(entry, "inReplyTo");
  const held = status !== "LIVE" && status !== "";
  const comment: ImportComment = {
    type: "comment",
    ref,
    sourceId: itemKey(ref.id ?? ""),
    postSourceId: parent ? itemKey(parent) : null,
    parentSourceId: inReplyTo ? itemKey(inReplyTo) : null,
    author: authorOf(entry, BLOGGER_2018_NS) ?? { name: "Anonymous", anonymous: true },
    bodyHtml: contentHtml(entry),
    createdAt: published ?? created ?? updated ?? new Date(0),
    status: status === "SPAM" ? "spam" : held ? "pending" : "published",
  };
  if (held) lines.push({ code: "held-comment", message: `comment by ${comment.author.name} had status ${status}`, ref });
  return { item: comment, lines };
}

/** One Takeout entry as an import item, with the report lines it needs. */
export function mapTakeoutEntry(entry: XmlNode, index: number): Mapped {
  const ref: SourceRef = { entry: index, line: entry.line, id: idOf(entry) };
  const type = takeoutType(entry);
  switch (type) {
    case "POST":
      return mapPost(entry, "post", ref);
    case "PAGE":
      return mapPost(entry, "page", ref);
    case "COMMENT":
      return mapComment(entry, ref);
    default:
      return skipped({ code: "not-blogger", message: `entry of type "${type ?? ""}" skipped`, ref });
  }
}
