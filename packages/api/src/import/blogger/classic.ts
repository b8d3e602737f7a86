/**
 * The classic Blogger export ("Back up content", blog-MM-DD-YYYY.xml): an Atom feed whose entries
 * say what they are with a kind category (post, page, comment, settings, template), mark drafts
 * with <app:control><app:draft>yes</app:draft>, give permalinks as rel="alternate" links and tie
 * comments to posts with thr:in-reply-to (and to the comment they answer with a rel="related"
 * link). Crestwood's own export is this format plus its extension elements.
 */
import type { ImportComment, ImportPost, ImportSettings, SourceRef } from "../model";
import type { ReportLine } from "../report";
import { readCommentExtras, readCreated, readPostExtras } from "./crestwood-extensions";
import { authorOf, contentHtml, idOf, linkHref, titleText } from "./entry-fields";
import { itemKey } from "./ids";
import { addresses, languageOf, postLines, readDate, readLabels, skipped, type Mapped } from "./map-common";
import { APP_NAMESPACES, KIND_PREFIX, KIND_SCHEME, LABEL_SCHEME, THREAD_NS } from "./namespaces";
import { attr, child, childrenNamed, type XmlNode } from "./xml-entries";

/** The entry's kind ("post", "comment", …) from its kind category; null when it has none. */
export function classicKind(entry: XmlNode): string | null {
  for (const category of childrenNamed(entry, "category")) {
    if (attr(category, "scheme") !== KIND_SCHEME) continue;
    const term = attr(category, "term") ?? "";
    if (term.startsWith(KIND_PREFIX)) return term.slice(KIND_PREFIX.length);
  }
  return null;
}

function isDraft(entry: XmlNode): boolean {
  for (const ns of APP_NAMESPACES) {
    const control = child(entry, "control", ns);
    const draft = control ? child(control, "draft", ns) : undefined;
    if (draft && draft.text.trim().toLowerCase() === "yes") return true;
  }
  return false;
}

/** Blogger's settings entries (…settings.BLOG_NAME) that say something Crestwood keeps. */
function mapSettings(entry: XmlNode, ref: SourceRef): Mapped {
  const key = /\.settings\.([A-Z0-9_]+)$/.exec(idOf(entry) ?? "")?.[1];
  const value = (child(entry, "content")?.text ?? "").trim();
  const settings: ImportSettings = { type: "settings", ref };
  switch (key) {
    case "BLOG_NAME":
      if (value) settings.title = value;
      break;
    case "BLOG_DESCRIPTION":
      settings.description = value;
      break;
    case "BLOG_LOCALE": {
      const language = languageOf(value);
      if (language) settings.language = language;
      else if (value) settings.unsupportedLocale = value;
      break;
    }
    case "BLOG_TIME_ZONE":
      if (value) settings.timezone = value;
      break;
    case "BLOG_SUBDOMAIN":
      if (/^[a-z0-9-]+$/i.test(value)) settings.blogUrls = [`https://${value.toLowerCase()}.blogspot.com/`];
      break;
    case "BLOG_CUSTOM_DOMAIN":
      if (/^[a-z0-9.-]+$/i.test(value)) settings.blogUrls = [`https://${value.toLowerCase()}/`];
      break;
    case "BLOG_MAX_NUM":
    case "CRESTWOOD_POSTS_PER_PAGE": {
      const n = Number(value);
      if (Number.isInteger(n) && n >= 1 && n <= 100) settings.postsPerPage = n;
      break;
    }
    case "BLOG_COMMENT_MODERATION":
      if (value === "ALWAYS") settings.commentPolicy = "moderated";
      break;
    case "CRESTWOOD_COMMENT_POLICY":
      if (value === "open" || value === "moderated" || value === "closed") settings.commentPolicy = value;
      break;
    default:
      return { item: null, lines: [] };
  }
  return { item: settings, lines: [] };
}

function mapPost(entry: XmlNode, kind: "post" | "page", ref: SourceRef): Mapped {
  const lines: ReportLine[] = [];
  const sourceId = itemKey(ref.id ?? "");
  const draft = isDraft(entry);
  const published = readDate(child(entry, "published")?.text, "published", ref, lines);
  const updated = readDate(child(entry, "updated")?.text, "updated", ref, lines);
  const crestwood = readPostExtras(entry);
  // Crestwood's export lists every address the post has had (cw:address); the alternate link is its current one.
  const { oldPaths, address } = crestwood ? { oldPaths: crestwood.addresses ?? [], address: null } : addresses(linkHref(entry, "alternate"));
  const labels = readLabels(
    childrenNamed(entry, "category").filter((c) => attr(c, "scheme") === LABEL_SCHEME).map((c) => attr(c, "term")),
    ref,
    lines,
  );
  let publishedAt = published;
  if (!draft && !publishedAt) {
    publishedAt = updated;
    lines.push({ code: "missing-date", message: `${kind} "${titleText(entry) || oldPaths[0]}" has no published date`, ref });
  }
  const post: ImportPost = {
    type: "post",
    ref,
    sourceId,
    kind,
    status: draft ? "draft" : "published",
    title: titleText(entry),
    bodyHtml: contentHtml(entry),
    labels,
    publishedAt,
    updatedAt: updated,
    createdAt: readCreated(entry) ?? published ?? updated,
    author: authorOf(entry),
    oldPaths,
    ...(address?.mobile ? { mobileCopy: true } : {}),
    crestwood,
  };
  postLines(post, lines);
  return { item: post, lines };
}

function mapComment(entry: XmlNode, ref: SourceRef): Mapped {
  const lines: ReportLine[] = [];
  const inReplyTo = child(entry, "in-reply-to", THREAD_NS);
  const postRef = inReplyTo ? (attr(inReplyTo, "ref") ?? attr(inReplyTo, "source")) : undefined;
  const related = linkHref(entry, "related");
  const published = readDate(child(entry, "published")?.text, "published", ref, lines);
  const updated = readDate(child(entry, "updated")?.text, "updated", ref, lines);
  const extras = readCommentExtras(entry);
  const comment: ImportComment = {
    type: "comment",
    ref,
    sourceId: itemKey(ref.id ?? ""),
    postSourceId: postRef ? itemKey(postRef) : null,
    parentSourceId: related ? itemKey(related) : null,
    author: authorOf(entry) ?? { name: "Anonymous", anonymous: true },
    bodyHtml: contentHtml(entry),
    createdAt: published ?? updated ?? new Date(0),
    status: extras?.status ?? "published",
    ...(extras ? { crestwood: { id: extras.id, userEmail: extras.userEmail } } : {}),
  };
  if (!published && !updated) lines.push({ code: "bad-date", message: "comment has no date: dated 1970-01-01", ref });
  return { item: comment, lines };
}

/** One classic entry as an import item, with the report lines it needs. */
export function mapClassicEntry(entry: XmlNode, index: number): Mapped {
  const ref: SourceRef = { entry: index, line: entry.line, id: idOf(entry) };
  const kind = classicKind(entry);
  switch (kind) {
    case "post":
    case "page":
      return mapPost(entry, kind, ref);
    case "comment":
      return mapComment(entry, ref);
    case "settings":
      return mapSettings(entry, ref);
    case "template":
      return skipped({ code: "template", message: "blog template skipped", ref });
    default:
      return skipped({ code: "not-blogger", message: kind ? `entry of kind "${kind}" skipped` : "entry without a Blogger kind skipped", ref });
  }
}
