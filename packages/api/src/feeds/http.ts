// Feeds over HTTP: conditional GET (feed readers poll; a 304 costs no body) with a strong ETag of
// the document and Last-Modified of its newest entry. Next adds neither to route handlers.
import { createHash } from "node:crypto";
import { isNotModified } from "../http/conditional-get";
import { FEED_CONTENT_TYPE, type FeedFormat } from "./build";

export interface RenderedFeed {
  xml: string;
  format: FeedFormat;
  updated: Date;
  /** The posts the feed shows (its entries, or the posts its comments are on). */
  postIds: string[];
}

function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

export function feedResponse(request: Request, feed: RenderedFeed): Response {
  const etag = etagOf(feed.xml);
  const headers = new Headers({
    ETag: etag,
    "Last-Modified": feed.updated.toUTCString(),
    // Readers may reuse a copy for a minute, then must ask again (a cheap 304 when nothing changed).
    "Cache-Control": "public, max-age=60, must-revalidate",
    Vary: "Accept-Encoding",
  });
  if (isNotModified({ ifNoneMatch: request.headers.get("if-none-match"), ifModifiedSince: request.headers.get("if-modified-since") }, { etag, lastModified: feed.updated })) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", FEED_CONTENT_TYPE[feed.format]);
  return new Response(request.method === "HEAD" ? null : feed.xml, { status: 200, headers });
}
