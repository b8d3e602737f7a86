/**
 * A cached response: what Next rendered once, ready to be sent many times. Its body is kept as
 * pieces around the per-response placeholders (the comment form's token), each encoding prepared
 * in advance: identity, gzip (spliced per response, gzip-splice.ts) and brotli when the page has
 * no placeholder (brotli cannot be spliced).
 */
import { createHash } from "node:crypto";
import { brotliCompress, constants, gzip as gzipCallback } from "node:zlib";
import { promisify } from "node:util";
import type { StoredEntry } from "./store";
import { prepareSplicedGzip, type SplicedGzip } from "./gzip-splice";

const gzipAsync = promisify(gzipCallback);
const brotliAsync = promisify(brotliCompress);

/** Response headers worth keeping; the rest (dates, lengths, Next's own caching hints) are not. */
const KEPT_HEADERS = new Set(["content-type", "location", "link", "last-modified", "x-robots-tag", "content-language", "vary"]);

/** Statuses a cached page may have: a page, a permanent redirect, a page that is not there. */
export const STORABLE_STATUSES = new Set([200, 301, 308, 404]);

export interface PageEntry extends StoredEntry {
  status: number;
  headers: [string, string][];
  html: boolean;
  /** The identity body, cut at each placeholder. */
  segments: Buffer[];
  gzip: { whole: Buffer } | { spliced: SplicedGzip };
  br: Buffer | null;
  etag: string;
  /** When it was rendered (ms), for the statistics the benchmark reads. */
  renderedAt: number;
}

export interface RenderedResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: Buffer;
}

export function keptHeaders(headers: RenderedResponse["headers"]): [string, string][] {
  const kept: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!KEPT_HEADERS.has(lower) || value === undefined) continue;
    kept.push([lower, Array.isArray(value) ? value.join(", ") : String(value)]);
  }
  return kept;
}

function split(body: Buffer, placeholder: Buffer): Buffer[] {
  const segments: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(placeholder, from); at >= 0; at = body.indexOf(placeholder, from)) {
    segments.push(body.subarray(from, at));
    from = at + placeholder.length;
  }
  segments.push(body.subarray(from));
  return segments;
}

export async function buildEntry(input: {
  key: string;
  response: RenderedResponse;
  tags: ReadonlySet<string>;
  minor: boolean;
  placeholder: Buffer;
}): Promise<PageEntry> {
  const { response } = input;
  const headers = keptHeaders(response.headers);
  const contentType = headers.find(([name]) => name === "content-type")?.[1] ?? "";
  const segments = split(response.body, input.placeholder);
  const [gzip, br] =
    segments.length === 1
      ? await Promise.all([
          gzipAsync(response.body, { level: 9 }).then((whole) => ({ whole })),
          brotliAsync(response.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: response.body.length } }),
        ])
      : [{ spliced: await prepareSplicedGzip(segments) }, null];
  const etag = `W/"${createHash("sha256").update(String(response.status)).update(response.body).digest("base64url").slice(0, 27)}"`;
  const gzipSize = "whole" in gzip ? gzip.whole.length : gzip.spliced.size;
  return {
    key: input.key,
    tags: input.tags,
    minor: input.minor,
    status: response.status,
    headers,
    html: contentType.startsWith("text/html"),
    segments,
    gzip,
    br,
    etag,
    renderedAt: Date.now(),
    // Bodies, plus what the key, headers and tag index hold.
    size: response.body.length + gzipSize + (br?.length ?? 0) + input.key.length * 2 + 512 + [...input.tags].reduce((sum, tag) => sum + tag.length * 2 + 64, 0),
  };
}
