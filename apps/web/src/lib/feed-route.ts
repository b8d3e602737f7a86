import "server-only";
import { notFound } from "next/navigation";
import { parseError } from "@crestwood/client";
import { createCaller, createTRPCContext, feedResponse } from "@crestwood/api";
import { getDb } from "@crestwood/db";
import { parseMaxResults } from "./paging";

/**
 * Serves one feed for a route handler: `?alt=rss` for RSS 2.0 (Atom otherwise) and `max-results`
 * as Blogger reads them, conditional GET answered by `feedResponse`.
 */
export async function serveFeed(request: Request, which: { feed: "posts" | "comments"; label?: string; postId?: string }): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const api = createCaller(createTRPCContext({ db: getDb(), headers: request.headers }));
  try {
    const feed = await api.feed.render({
      ...which,
      format: query.get("alt") === "rss" ? "rss" : "atom",
      limit: parseMaxResults(query.get("max-results") ?? undefined),
    });
    return feedResponse(request, feed);
  } catch (error) {
    const { code } = parseError(error);
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") notFound();
    throw error;
  }
}
