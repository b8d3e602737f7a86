/** Writing a cached entry to a response: conditional GET, HEAD, the encoding the client takes. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { isNotModified } from "@crestwood/api/edge";
import type { PageEntry } from "./entry";
import { splicedGzip } from "./gzip-splice";

type Encoding = "br" | "gzip" | "identity";

/** The best encoding the client accepts among those we hold (q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined, hasBrotli: boolean): Encoding {
  if (!acceptEncoding) return "identity";
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (hasBrotli && allows("br")) return "br";
  if (allows("gzip")) return "gzip";
  return "identity";
}

/** RFC 9110 §13.1.2: If-None-Match with weak comparison. */
/** What the client asked, read before the request was cleaned for a render. */
export interface ClientAsk {
  head: boolean;
  acceptEncoding: string | undefined;
  ifNoneMatch: string | undefined;
  ifModifiedSince: string | undefined;
}

export function clientAsk(req: IncomingMessage): ClientAsk {
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
  return { head: req.method === "HEAD", acceptEncoding: header("accept-encoding"), ifNoneMatch: header("if-none-match"), ifModifiedSince: header("if-modified-since") };
}

export interface SendOptions {
  /** Headers added to this response (security policy, the cache's own diagnostics). */
  extraHeaders: Record<string, string>;
  /** The bytes that replace each placeholder in this response. */
  values: () => Buffer[];
}

function varyWithEncoding(entry: PageEntry): string {
  const vary = entry.headers.find(([name]) => name === "vary")?.[1];
  const tokens = new Set((vary ?? "").split(",").map((token) => token.trim()).filter(Boolean));
  tokens.add("Accept-Encoding");
  return [...tokens].join(", ");
}

export function sendEntry(ask: ClientAsk, res: ServerResponse, entry: PageEntry, options: SendOptions): void {
  for (const [name, value] of entry.headers) if (name !== "vary") res.setHeader(name, value);
  res.setHeader("Vary", varyWithEncoding(entry));
  // Any cache (a browser, a CDN) may keep it but must ask again: the ETag makes that cheap, and
  // freshness stays exact.
  res.setHeader("Cache-Control", "no-cache");
  res.setHeader("ETag", entry.etag);
  for (const [name, value] of Object.entries(options.extraHeaders)) res.setHeader(name, value);

  if (entry.status === 200 && isNotModified(ask, { etag: entry.etag, lastModified: entry.headers.find(([name]) => name === "last-modified")?.[1] })) {
    res.statusCode = 304;
    for (const name of ["content-type", "content-length", "link", "last-modified", "content-security-policy"]) res.removeHeader(name);
    res.end();
    return;
  }

  res.statusCode = entry.status;
  const values = entry.segments.length > 1 ? options.values() : [];
  const encoding = chooseEncoding(ask.acceptEncoding, entry.br !== null);
  let chunks: Buffer[];
  if (encoding === "br" && entry.br) chunks = [entry.br];
  else if (encoding === "gzip") chunks = "whole" in entry.gzip ? [entry.gzip.whole] : splicedGzip(entry.gzip.spliced, values);
  else chunks = entry.segments.flatMap((segment, index) => (index === 0 ? [segment] : [values[index - 1] ?? Buffer.alloc(0), segment]));
  if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  if (ask.head) {
    res.end();
    return;
  }
  if (chunks.length === 1) res.end(chunks[0]);
  else {
    res.cork();
    for (const chunk of chunks) res.write(chunk);
    res.end();
    res.uncork();
  }
}
