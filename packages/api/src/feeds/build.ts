// Atom 1.0 and RSS 2.0 documents from plain data, with the `feed` library. Pure functions: the
// queries that gather the data are in load.ts, the HTTP side in http.ts.
import { Feed, type Item } from "feed";
import { addAtomExtensions, xmlElement } from "./atom-extensions";
import { htmlForCdata, plainTextForLibrary, textAsHtml } from "./xml-text";

export type FeedFormat = "atom" | "rss";

export const FEED_CONTENT_TYPE: Record<FeedFormat, string> = {
  atom: "application/atom+xml; charset=utf-8",
  rss: "application/rss+xml; charset=utf-8",
};

/** Blogger's category scheme, so readers that group by it (and Blogger importers) see labels. */
const LABEL_SCHEME = "http://www.blogger.com/atom/ns#";

export interface FeedHead {
  /** The feed's stable id (a tag: URI). */
  id: string;
  title: string;
  subtitle: string;
  /** BCP 47 language of the blog ("sv", "en"). */
  language: string;
  /** The HTML page this feed mirrors (absolute). */
  alternateUrl: string;
  /** This feed's own address in each format (absolute). */
  selfUrl: Record<FeedFormat, string>;
  /** Who the feed is by; entries without an author of their own fall back to it (RFC 4287 §4.1.1). */
  authorName: string;
  /** Used when the feed has no entries. */
  updated: Date;
  /** The next (older) page of this feed, when there is one (RFC 5005 paging, as Blogger's rel="next"). */
  nextUrl?: Record<FeedFormat, string>;
}

export interface PostEntry {
  id: string;
  title: string;
  url: string;
  html: string;
  publishedAt: Date;
  updatedAt: Date;
  authorName: string | null;
  labels: string[];
  commentCount: number;
  commentsFeedUrl: string;
}

export interface CommentEntry {
  id: string;
  /** A title for the entry: the start of the comment's text. */
  title: string;
  url: string;
  html: string;
  createdAt: Date;
  authorName: string;
  authorUrl: string | null;
  /** The post the comment belongs to (thr:in-reply-to). */
  post: { id: string; url: string };
}

export function feedUpdated(head: FeedHead, entryTimes: Date[]): Date {
  return entryTimes.reduce((latest, time) => (time > latest ? time : latest), entryTimes.length > 0 ? new Date(0) : head.updated);
}

function newFeed(head: FeedHead, format: FeedFormat, updated: Date): Feed {
  return new Feed({
    id: head.id,
    title: plainTextForLibrary(head.title),
    description: plainTextForLibrary(head.subtitle) || undefined,
    language: head.language,
    link: head.alternateUrl,
    feed: head.selfUrl[format],
    updated,
    generator: "Crestwood",
    author: { name: plainTextForLibrary(head.authorName) },
  });
}

function render(feed: Feed, format: FeedFormat, head: FeedHead, entryExtras: Map<string, string>): string {
  if (format === "atom") {
    const next = head.nextUrl ? xmlElement("link", { rel: "next", type: "application/atom+xml", href: head.nextUrl.atom }) : "";
    return addAtomExtensions(feed.atom1(), { language: head.language, entryExtras, feedExtras: next });
  }
  const rss = feed.rss2();
  if (!head.nextUrl) return rss;
  // `feed` writes the self link as <atom:link … rel="self" …/>; the next page's link goes beside it.
  const selfLink = /<atom:link [^>]*rel="self"[^>]*\/>/.exec(rss);
  if (!selfLink) throw new Error("Unexpected RSS output: no atom:link rel=self.");
  const next = xmlElement("atom:link", { href: head.nextUrl.rss, rel: "next", type: "application/rss+xml" });
  return rss.replace(selfLink[0], `${selfLink[0]}${next}`);
}

export function buildPostsFeed(head: FeedHead, posts: PostEntry[], format: FeedFormat): string {
  const updated = feedUpdated(head, posts.map((post) => post.updatedAt));
  const feed = newFeed(head, format, updated);
  const extras = new Map<string, string>();
  for (const post of posts) {
    const item: Item = {
      id: post.id,
      title: textAsHtml(post.title),
      link: post.url,
      date: post.updatedAt,
      published: post.publishedAt,
      content: htmlForCdata(post.html),
      author: post.authorName ? [{ name: plainTextForLibrary(post.authorName) }] : undefined,
    };
    if (format === "rss") {
      item.category = post.labels.map((label) => ({ name: plainTextForLibrary(label) }));
      item.extensions = [{ name: "comments", objects: { _text: `${post.url}#comments` } }];
    }
    feed.addItem(item);
    extras.set(
      post.id,
      [
        ...post.labels.map((label) => xmlElement("category", { scheme: LABEL_SCHEME, term: label })),
        xmlElement("link", { rel: "replies", type: "application/atom+xml", href: post.commentsFeedUrl, "thr:count": post.commentCount }),
        xmlElement("link", { rel: "replies", type: "text/html", href: `${post.url}#comments`, "thr:count": post.commentCount }),
        xmlElement("thr:total", {}, String(post.commentCount)),
      ].join(""),
    );
  }
  return render(feed, format, head, extras);
}

export function buildCommentsFeed(head: FeedHead, comments: CommentEntry[], format: FeedFormat): string {
  const updated = feedUpdated(head, comments.map((comment) => comment.createdAt));
  const feed = newFeed(head, format, updated);
  const extras = new Map<string, string>();
  for (const comment of comments) {
    feed.addItem({
      id: comment.id,
      title: textAsHtml(comment.title),
      link: comment.url,
      date: comment.createdAt,
      published: comment.createdAt,
      content: htmlForCdata(comment.html),
      author: [{ name: plainTextForLibrary(comment.authorName), link: comment.authorUrl ?? undefined }],
    });
    extras.set(comment.id, xmlElement("thr:in-reply-to", { ref: comment.post.id, href: comment.post.url, type: "text/html" }));
  }
  return render(feed, format, head, extras);
}
