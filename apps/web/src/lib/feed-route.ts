import "server-only";
import { notFound } from "next/navigation";
import { parseError } from "@crestwood/client";
import { createCaller, createTRPCContext, feedResponse, parseFeedFormat, parseFeedPath, parsePaging } from "@crestwood/api";
import { getDb } from "@crestwood/db";
import { CacheTag, cacheTagsFor } from "./cache-tags";

/**
 * Serves the feed a request's path names: `?alt=rss` for RSS 2.0 (Atom otherwise), `max-results`
 * and `updated-max` as Blogger reads them, conditional GET answered by `feedResponse`.
 */
export async function serveFeed(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const address = parseFeedPath(url.pathname);
  if (!address) {
    cacheTagsFor(request, [CacheTag.blog]);
    notFound();
  }
  const paging = parsePaging(url.searchParams);
  const api = createCaller(createTRPCContext({ db: getDb(), headers: request.headers }));
  // What the feed shows, for the page cache; declared before a 404, which a new label or post ends.
  const shows =
    address.feed === "posts"
      ? [address.label ? CacheTag.label(address.label) : CacheTag.list]
      : address.postId
        ? [CacheTag.comments(address.postId), CacheTag.post(address.postId)]
        : [CacheTag.allComments];
  cacheTagsFor(request, shows);
  try {
    const feed = await api.feed.render({
      ...(address.feed === "posts" ? { feed: "posts", label: address.label } : { feed: "comments", postId: address.postId }),
      format: parseFeedFormat(url.searchParams),
      limit: paging.maxResults,
      olderThan: paging.cursor,
    });
    cacheTagsFor(request, feed.postIds.flatMap((id) => [CacheTag.post(id), CacheTag.comments(id)]));
    return feedResponse(request, feed);
  } catch (error) {
    const { code } = parseError(error);
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") notFound();
    throw error;
  }
}
