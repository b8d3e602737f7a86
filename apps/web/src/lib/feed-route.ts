import "server-only";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { createCaller, createTRPCContext, feedResponse } from "@crestwood/api";
import { getDb } from "@crestwood/db";
import { CacheTag, cacheTagsFor } from "./cache-tags";
import { parseMaxResults } from "./paging";

/**
 * Serves one feed for a route handler: `?alt=rss` for RSS 2.0 (Atom otherwise) and `max-results`
 * as Blogger reads them, conditional GET answered by `feedResponse`.
 */
export async function serveFeed(request: Request, which: { feed: "posts" | "comments"; label?: string; postId?: string }): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const api = createCaller(createTRPCContext({ db: getDb(), headers: request.headers }));
  // What the feed shows, for the page cache; declared before a 404, which a new label or post ends.
  const shows =
    which.feed === "posts"
      ? [which.label ? CacheTag.label(which.label) : CacheTag.list]
      : which.postId
        ? [CacheTag.comments(which.postId), CacheTag.post(which.postId)]
        : [CacheTag.allComments];
  cacheTagsFor(request, shows);
  try {
    const feed = await api.feed.render({
      ...which,
      format: query.get("alt") === "rss" ? "rss" : "atom",
      limit: parseMaxResults(query.get("max-results") ?? undefined),
    });
    cacheTagsFor(request, feed.postIds.flatMap((id) => [CacheTag.post(id), CacheTag.comments(id)]));
    return feedResponse(request, feed);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}
