// Feeds over HTTP: conditional GET (feed readers poll; a 304 costs no body) with a strong ETag of
// the document and Last-Modified of its newest entry. Next adds neither to route handlers.
import { createHash } from "node:crypto";
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

/** True when the client's copy is current (RFC 9110 §13.1: If-None-Match wins over If-Modified-Since). */
function isNotModified(request: Request, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    return ifNoneMatch.split(",").some((tag) => {
      const value = tag.trim();
      return value === "*" || value === etag || value === `W/${etag}`;
    });
  }
  const ifModifiedSince = request.headers.get("if-modified-since");
  if (ifModifiedSince === null) return false;
  const since = Date.parse(ifModifiedSince);
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
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
  if (isNotModified(request, etag, feed.updated)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", FEED_CONTENT_TYPE[feed.format]);
  return new Response(request.method === "HEAD" ? null : feed.xml, { status: 200, headers });
}
