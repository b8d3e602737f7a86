/**
 * Sending an HTML response Next rendered that is not (or cannot be) cached: a signed-in author's
 * reader page, a comment form sent back with its errors, an admin page. It gets what every HTML
 * response gets: no scripts on reader pages, a fresh comment form token, its security policy,
 * and compression (Next was asked for identity bytes so that they could be rewritten).
 */
import type { ServerResponse } from "node:http";
import { gzip } from "node:zlib";
import { promisify } from "node:util";
import type { CapturedResponse } from "../response-capture";
import { clearHeaders } from "../response-capture";
import { chooseEncoding, type ClientAsk } from "../page-cache/send";
import type { FormTokens } from "../form-tokens";
import { READER_SCRIPTS } from "../../src/lib/reader-scripts";
import { stripScripts } from "./strip-scripts";

const KEPT_SCRIPTS = new Set(READER_SCRIPTS);

const gzipAsync = promisify(gzip);

/** Headers of Next's response that are recomputed here. */
const RECOMPUTED = new Set(["content-length", "content-encoding", "transfer-encoding", "etag"]);

export function isHtml(headers: CapturedResponse["headers"]): boolean {
  return String(headers["content-type"] ?? "").startsWith("text/html");
}

/** A reader page's body without scripts (only HTML is touched). */
export function readerBody(response: CapturedResponse): Buffer {
  return isHtml(response.headers) ? Buffer.from(stripScripts(response.body.toString("utf8"), KEPT_SCRIPTS)) : response.body;
}

export async function sendRewritten(
  ask: ClientAsk,
  res: ServerResponse,
  response: CapturedResponse,
  options: { body: Buffer; tokens: FormTokens; headers: Record<string, string> },
): Promise<void> {
  const html = isHtml(response.headers);
  const body = html ? options.tokens.fill(options.body) : options.body;
  clearHeaders(res);
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined && !RECOMPUTED.has(name.toLowerCase())) res.setHeader(name, value);
  }
  for (const [name, value] of Object.entries(options.headers)) {
    if (html || !/^content-security-policy$/i.test(name)) res.setHeader(name, value);
  }
  res.statusCode = response.status;
  let out = body;
  if (body.length > 1024 && chooseEncoding(ask.acceptEncoding, false) === "gzip") {
    out = await gzipAsync(body, { level: 6 });
    res.setHeader("Content-Encoding", "gzip");
    const vary = String(res.getHeader("vary") ?? "");
    if (!/accept-encoding/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  }
  res.setHeader("Content-Length", out.length);
  res.end(ask.head ? undefined : out);
}
