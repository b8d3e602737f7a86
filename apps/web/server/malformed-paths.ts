import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * A path whose percent-encoding is broken (`/2009/02/%E0%A4%A.html`) makes Next's route matching
 * throw "URI malformed" and answer 500 (found by the fuzz test). No page has such an address:
 * answer 400 here instead. Returns true when it answered.
 */
export function refuseMalformedPath(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    const message = "This address is not valid: it has a broken %-escape.";
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(message) });
    res.end(message);
    return true;
  }
}
