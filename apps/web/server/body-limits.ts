import type { IncomingMessage, ServerResponse } from "node:http";
import type { Env } from "@crestwood/config";

/**
 * Request bodies are capped per route here, where the request arrives: a body over its route's
 * limit is refused with 413 from its Content-Length alone, before a byte of it is read or parsed
 * (a 50 MB comment would otherwise be read whole and parsed). Posts may be larger than comments:
 * saving a post gets MAX_POST_BODY_KB, image uploads MEDIA_MAX_UPLOAD_MB, the rest MAX_BODY_KB.
 * A body without a Content-Length (chunked) cannot be judged before reading: 411.
 */
const KIB = 1024;
const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Room for multipart boundaries and the other fields around an uploaded file. */
const MULTIPART_OVERHEAD = 64 * KIB;
/** tRPC procedures whose input is a whole post. */
const POST_PROCEDURE = /^admin\.post\./;
/** Pages whose server actions save a post (the editor). */
const POST_PAGE = /^\/admin\/posts(\/|$)/;
/** tRPC's JSON-RPC codes (the client reads them back as PAYLOAD_TOO_LARGE and BAD_REQUEST). */
const TRPC_CODES = { 413: { code: "PAYLOAD_TOO_LARGE", number: -32013 }, 411: { code: "BAD_REQUEST", number: -32600 } } as const;

function procedures(path: string): string[] | null {
  if (!path.startsWith("/api/trpc/")) return null;
  try {
    return decodeURIComponent(path.slice("/api/trpc/".length)).split(",");
  } catch {
    return [];
  }
}

/** The largest body, in bytes, a request to this path may carry. */
export function bodyLimitFor(path: string, env: Pick<Env, "MAX_BODY_KB" | "MAX_POST_BODY_KB" | "MEDIA_MAX_UPLOAD_MB">): number {
  const post = env.MAX_POST_BODY_KB * KIB;
  if (path === "/api/media") return Math.ceil(env.MEDIA_MAX_UPLOAD_MB * KIB * KIB) + MULTIPART_OVERHEAD;
  const calls = procedures(path);
  if (calls) return calls.some((name) => POST_PROCEDURE.test(name)) ? post : env.MAX_BODY_KB * KIB;
  if (POST_PAGE.test(path)) return post;
  return env.MAX_BODY_KB * KIB;
}

function refuse(res: ServerResponse, path: string, status: 411 | 413, message: string): void {
  const calls = procedures(path);
  let body: string;
  if (calls) {
    // tRPC's own error shape (superjson-wrapped), so @crestwood/client reports PAYLOAD_TOO_LARGE with this message.
    const { code, number } = TRPC_CODES[status];
    const error = (name: string) => ({ error: { json: { message, code: number, data: { code, httpStatus: status, path: name, zodError: null, issues: null, retryAfter: null } } } });
    body = JSON.stringify(calls.length > 1 ? calls.map(error) : error(calls[0] ?? ""));
  } else if (path.startsWith("/api/")) {
    body = JSON.stringify({ error: { message } });
  } else {
    body = message;
  }
  // Answered before the body is read. Node then discards the rest of the body as it arrives (no
  // memory held) rather than closing at once: a close with unread data resets the connection,
  // and the client might lose this answer.
  res.writeHead(status, { "content-type": path.startsWith("/api/") ? "application/json" : "text/plain; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

/** Answers 413 (or 411) and returns true when the request's body may not be read; false lets it through. */
export function refuseOversizedBody(req: IncomingMessage, res: ServerResponse, env: Pick<Env, "MAX_BODY_KB" | "MAX_POST_BODY_KB" | "MEDIA_MAX_UPLOAD_MB">): boolean {
  if (!BODY_METHODS.has(req.method ?? "")) return false;
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  const limit = bodyLimitFor(path, env);
  const declared = req.headers["content-length"];
  if (declared === undefined) {
    if (req.headers["transfer-encoding"] === undefined) return false;
    refuse(res, path, 411, "Send the request body with a Content-Length header (bodies of unknown length are not accepted).");
    return true;
  }
  if (Number(declared) > limit) {
    refuse(res, path, 413, `The request body (${Math.ceil(Number(declared) / KIB)} KiB) is larger than the ${Math.floor(limit / KIB)} KiB accepted here.`);
    return true;
  }
  return false;
}
