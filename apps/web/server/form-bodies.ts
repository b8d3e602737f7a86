import { IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";

/**
 * Multipart POSTs to pages are Next's server-action forms (the comment form without JavaScript,
 * the admin's forms). Next decodes them before any of our code runs, and a malformed one — no
 * boundary, a broken body — ends in a 500 there (found by the fuzz test, e2e/stress). Such bodies
 * are read here (their size is already capped: body-limits.ts) and parsed with the parser Next
 * will use; a malformed one is answered 400, a good one handed on to Next as read.
 */
const require = createRequire(import.meta.url);

interface Busboy {
  on(event: "file", listener: (name: string, stream: NodeJS.ReadableStream) => void): Busboy;
  on(event: "error" | "close", listener: () => void): Busboy;
  end(body: Buffer): void;
}
type BusboyFactory = (options: { headers: IncomingMessage["headers"]; defParamCharset: string }) => Busboy;

function pathOf(req: IncomingMessage): string {
  return (req.url ?? "/").split("?")[0] ?? "/";
}

/** A form sent with Next's client (header Next-Action): Next parses it with busboy. */
function busboyReads(body: Buffer, headers: IncomingMessage["headers"]): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      const busboy = (require("next/dist/compiled/busboy") as BusboyFactory)({ headers, defParamCharset: "utf8" });
      busboy.on("file", (_name, stream) => stream.resume());
      busboy.on("error", () => resolve(false));
      busboy.on("close", () => resolve(true));
      busboy.end(body);
    } catch {
      resolve(false);
    }
  });
}

/** A form posted by the browser itself (no JavaScript): Next parses it as a web Request's formData. */
async function formDataReads(body: Buffer, contentType: string): Promise<boolean> {
  try {
    await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    return true;
  } catch {
    return false;
  }
}

/** The same request, its body already read: what Next receives instead of the original. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  Object.assign(copy, {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
  });
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}

/** The request to hand to Next, or null when a malformed form body was answered with 400 here. */
export async function checkFormBody(req: IncomingMessage, res: ServerResponse): Promise<IncomingMessage | null> {
  const contentType = req.headers["content-type"] ?? "";
  const path = pathOf(req);
  if (req.method !== "POST" || !/^multipart\/form-data/i.test(contentType) || path.startsWith("/api/") || path.startsWith("/_next/")) return req;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const reads = req.headers["next-action"] ? await busboyReads(body, req.headers) : await formDataReads(body, contentType);
  if (!reads) {
    const message = "The form could not be read (a malformed multipart/form-data body). Send it again from the page.";
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(message) });
    res.end(message);
    return null;
  }
  return replay(req, body);
}
