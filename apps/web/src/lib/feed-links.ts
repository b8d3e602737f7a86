import type { Metadata } from "next";
import { formatFeedPath } from "@crestwood/api";
import type { BlogContext } from "./blog";

type Alternates = NonNullable<Metadata["alternates"]>;

/**
 * <link rel="alternate"> for the feeds a page offers: the blog's posts on every page, plus the
 * label's posts on a label page and the post's comments on a post page. Next replaces a layout's
 * `alternates` with a page's, so every page passes through here.
 */
export function feedAlternates(blog: BlogContext, extra: { canonical?: string; label?: string; commentsFeedPath?: string } = {}): Alternates {
  const title = blog.settings.title;
  const atom = [{ url: formatFeedPath({ feed: "posts" }), title: `${title} – Atom` }];
  const rss = [{ url: formatFeedPath({ feed: "posts" }, { format: "rss" }), title: `${title} – RSS` }];
  if (extra.label) {
    atom.push({ url: formatFeedPath({ feed: "posts", label: extra.label }), title: `${title} – ${extra.label} – Atom` });
    rss.push({ url: formatFeedPath({ feed: "posts", label: extra.label }, { format: "rss" }), title: `${title} – ${extra.label} – RSS` });
  }
  if (extra.commentsFeedPath) {
    atom.push({ url: extra.commentsFeedPath, title: `${title} – ${blog.t.feeds.comments} – Atom` });
  }
  return { canonical: extra.canonical, types: { "application/atom+xml": atom, "application/rss+xml": rss } };
}
