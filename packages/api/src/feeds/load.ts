// Gathers what a feed shows and renders it: the four Blogger feeds, each in Atom or RSS.
import type { Db } from "@crestwood/db";
import { FEED_SIZE_DEFAULT, ZFeedInputSchema, type TFeedInput } from "@crestwood/validators";
import { AppError } from "../errors";
import { COMMENTS_FEED_PATH, POSTS_FEED_PATH, formatFeedPath, formatLabelPath, formatPostPath, type FeedWhich } from "../urls";
import { excerptFromHtml } from "../content/sanitize";
import { BLOG_ID, getBlog } from "../services/blog";
import { listRecentComments } from "../services/comments";
import { getPostById, listPosts } from "../services/posts";
import { buildCommentsFeed, buildPostsFeed, feedUpdated, type FeedFormat, type FeedHead } from "./build";
import type { RenderedFeed } from "./http";

/**
 * The prefix of every id in this blog's feeds: a tag: URI (RFC 4151) of the blog's host and the
 * year the blog was created, as Blogger's `tag:blogger.com,1999:blog-<id>`. Stable as long as the
 * blog keeps its address; set PUBLIC_URL so that it does not depend on the Host a reader used.
 */
function tagBase(origin: string, blogCreatedAt: Date): string {
  return `tag:${new URL(origin).hostname},${blogCreatedAt.getUTCFullYear()}:blog-${BLOG_ID}`;
}

export async function renderFeed(db: Db, rawInput: TFeedInput, origin: string, now = new Date()): Promise<RenderedFeed> {
  const input = ZFeedInputSchema.parse(rawInput);
  const blog = await getBlog(db);
  const tag = tagBase(origin, blog.createdAt);
  const absolute = (path: string) => `${origin}${path}`;
  const selfUrl = (path: string): Record<FeedFormat, string> => ({ atom: absolute(path), rss: absolute(`${path}?alt=rss`) });
  // The next page keeps a `max-results` the reader asked for; the default is left out of the link.
  const pageSize = input.limit === FEED_SIZE_DEFAULT ? undefined : input.limit;
  const nextUrl = (which: FeedWhich, cursor: { at: Date; id: string } | null): Record<FeedFormat, string> | undefined =>
    cursor
      ? {
          atom: absolute(formatFeedPath(which, { paging: { cursor, maxResults: pageSize } })),
          rss: absolute(formatFeedPath(which, { format: "rss", paging: { cursor, maxResults: pageSize } })),
        }
      : undefined;
  const base = { subtitle: blog.description, language: blog.language, authorName: blog.title, updated: blog.updatedAt };

  if (input.feed === "posts") {
    if (input.label) {
      const label = await db.label.findUnique({ where: { blogId_name: { blogId: BLOG_ID, name: input.label } }, select: { id: true } });
      if (!label) throw new AppError("NOT_FOUND", `No label "${input.label}".`);
    }
    const { posts, older } = await listPosts(db, { label: input.label, limit: input.limit, olderThan: input.olderThan }, now);
    const head: FeedHead = {
      ...base,
      id: input.label ? `${tag}.posts.label-${encodeURIComponent(input.label)}` : `${tag}.posts`,
      title: input.label ? `${blog.title}: ${input.label}` : blog.title,
      alternateUrl: absolute(input.label ? formatLabelPath(input.label) : "/"),
      selfUrl: selfUrl(input.label ? formatFeedPath({ feed: "posts", label: input.label }) : POSTS_FEED_PATH),
      nextUrl: nextUrl({ feed: "posts", label: input.label }, older),
    };
    const entries = posts.map((post) => ({
      id: `${tag}.post-${post.id}`,
      title: post.title,
      url: absolute(post.path),
      html: post.bodyHtml,
      publishedAt: post.publishedAt,
      // An entry is "updated" no earlier than it appeared (a post scheduled ahead was edited before).
      updatedAt: post.updatedAt > post.publishedAt ? post.updatedAt : post.publishedAt,
      authorName: post.authorName,
      labels: post.labels.map((label) => label.name),
      commentCount: post.commentCount,
      commentsFeedUrl: absolute(post.commentsFeedPath),
    }));
    const xml = buildPostsFeed(head, entries, input.format);
    return { xml, format: input.format, updated: feedUpdated(head, entries.map((entry) => entry.updatedAt)), postIds: posts.map((post) => post.id) };
  }

  let head: FeedHead = { ...base, id: `${tag}.comments`, title: blog.title, alternateUrl: absolute("/"), selfUrl: selfUrl(COMMENTS_FEED_PATH) };
  if (input.postId) {
    const post = await getPostById(db, input.postId, now);
    head = {
      ...head,
      id: `${tag}.post-${post.id}.comments`,
      title: `${blog.title}: ${post.title}`,
      alternateUrl: absolute(post.path),
      selfUrl: selfUrl(formatFeedPath({ feed: "comments", postId: post.id })),
    };
  }
  const { comments, older } = await listRecentComments(db, { postId: input.postId, limit: input.limit, olderThan: input.olderThan }, now);
  head = { ...head, nextUrl: nextUrl({ feed: "comments", postId: input.postId }, older) };
  const entries = comments.map((comment) => {
    const postUrl = absolute(formatPostPath({ ...comment.post, publishedAt: comment.post.publishedAt ?? comment.post.createdAt }, blog.timezone));
    return {
      id: `${tag}.comment-${comment.id}`,
      title: excerptFromHtml(comment.bodyHtml, 80),
      url: `${postUrl}#c${comment.id}`,
      html: comment.bodyHtml,
      createdAt: comment.createdAt,
      authorName: comment.authorName,
      authorUrl: comment.authorUrl && URL.canParse(comment.authorUrl) ? comment.authorUrl : null,
      post: { id: `${tag}.post-${comment.post.id}`, url: postUrl },
    };
  });
  const xml = buildCommentsFeed(head, entries, input.format);
  const postIds = [...new Set(comments.map((comment) => comment.post.id))];
  return { xml, format: input.format, updated: feedUpdated(head, entries.map((entry) => entry.createdAt)), postIds };
}
