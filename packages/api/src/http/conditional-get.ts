// Conditional GET (RFC 9110 §13), one reading for the feeds' route handlers and the page cache in
// Crestwood's server: a 304 costs readers and feed pollers no body.

/** Whether an If-None-Match list names `etag` (weak comparison, as GET asks for) or is "*". */
export function matchesEtag(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((candidate) => {
    const value = candidate.trim();
    return value === "*" || value.replace(/^W\//, "") === opaque;
  });
}

/** The validators the client sent. */
export interface ConditionalAsk {
  ifNoneMatch?: string | null;
  ifModifiedSince?: string | null;
}

/**
 * True when the client's copy is current: If-None-Match when sent (it wins), else
 * If-Modified-Since against Last-Modified (HTTP dates have whole seconds).
 */
export function isNotModified(ask: ConditionalAsk, current: { etag: string; lastModified?: Date | string | null }): boolean {
  if (ask.ifNoneMatch !== undefined && ask.ifNoneMatch !== null) return matchesEtag(ask.ifNoneMatch, current.etag);
  if (!ask.ifModifiedSince || !current.lastModified) return false;
  const since = Date.parse(ask.ifModifiedSince);
  const modified = typeof current.lastModified === "string" ? Date.parse(current.lastModified) : current.lastModified.getTime();
  return !Number.isNaN(since) && !Number.isNaN(modified) && Math.floor(modified / 1000) * 1000 <= since;
}
