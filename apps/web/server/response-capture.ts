/**
 * Lets the server look at what Next writes before it is sent: once Next starts its response, the
 * server decides from the status and headers whether to let it through untouched (assets, API
 * answers, streamed RSC payloads) or to collect it whole (HTML to rewrite, pages to cache). A
 * collected response is the caller's to send. Node's own methods are restored either way.
 */
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

export interface CapturedResponse {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

type Chunk = string | Uint8Array;
type Callback = (error?: Error | null) => void;

const OVERRIDDEN = ["writeHead", "flushHeaders", "write", "end"] as const;

function toBuffer(chunk: Chunk | undefined, encoding?: BufferEncoding): Buffer | null {
  if (chunk === undefined || chunk === null) return null;
  return typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * Resolves with the whole response when `collect(status, headers)` said so, or null when it went
 * through as is (or the client went away before it ended).
 */
export function captureResponse(res: ServerResponse, collect: (status: number, headers: OutgoingHttpHeaders) => boolean): Promise<CapturedResponse | null> {
  return new Promise((resolve) => {
    let mode: "collect" | "pass" | undefined;
    const chunks: Buffer[] = [];
    const target = res as unknown as Record<string, unknown>;
    const original = Object.fromEntries(OVERRIDDEN.map((name) => [name, target[name]])) as {
      writeHead: (...args: unknown[]) => ServerResponse;
      flushHeaders: () => void;
      write: (...args: unknown[]) => boolean;
      end: (...args: unknown[]) => ServerResponse;
    };
    // Someone may have wrapped a method before (response-status.ts wraps writeHead): put back
    // exactly what was there, their wrapper or Node's own method.
    const previous = OVERRIDDEN.map((name) => [name, Object.getOwnPropertyDescriptor(res, name)] as const);
    const ours: Record<string, unknown> = {};
    /**
     * "all" once a collected response is the caller's: Node's own methods, and nothing Next's
     * handler put over ours. "ours" when it passes: Next's handler wraps methods after us (its
     * compression middleware wraps write, end and writeHead, and holds back "drain" listeners
     * until its writeHead runs), so a method wrapped since keeps its wrapper, and ours inside it
     * passes each call on.
     */
    const restore = (what: "all" | "ours") => {
      for (const [name, descriptor] of previous) {
        if (what === "ours" && target[name] !== ours[name]) continue;
        if (descriptor) Object.defineProperty(res, name, descriptor);
        else delete target[name];
      }
    };
    const decide = () => {
      if (mode) return;
      mode = collect(res.statusCode, res.getHeaders()) ? "collect" : "pass";
      if (mode === "pass") {
        restore("ours");
        resolve(null);
      }
    };

    target.writeHead = (status: number, ...rest: unknown[]) => {
      if (mode === "pass") return original.writeHead.call(res, status, ...rest);
      res.statusCode = status;
      if (typeof rest[0] === "string") res.statusMessage = rest[0];
      const headers = typeof rest[0] === "string" ? rest[1] : rest[0];
      if (Array.isArray(headers)) {
        // Either [[name, value], …] or a flat [name, value, name, value, …].
        if (Array.isArray(headers[0])) for (const [name, value] of headers as [string, string][]) res.setHeader(name, value);
        else for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
      } else if (headers && typeof headers === "object") {
        for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) if (value !== undefined) res.setHeader(name, value);
      }
      return res;
    };
    target.flushHeaders = () => {
      decide();
      if (mode === "pass") original.flushHeaders.call(res);
    };
    target.write = (chunk: Chunk, encoding?: BufferEncoding | Callback, callback?: Callback) => {
      decide();
      if (mode === "pass") return original.write.call(res, chunk, encoding, callback);
      const buffer = toBuffer(chunk, typeof encoding === "string" ? encoding : undefined);
      if (buffer) chunks.push(buffer);
      const done = typeof encoding === "function" ? encoding : callback;
      done?.();
      return true;
    };
    target.end = (chunk?: Chunk | Callback, encoding?: BufferEncoding | Callback, callback?: Callback) => {
      decide();
      if (mode === "pass") return original.end.call(res, chunk, encoding, callback);
      if (typeof chunk !== "function") {
        const buffer = toBuffer(chunk, typeof encoding === "string" ? encoding : undefined);
        if (buffer) chunks.push(buffer);
      }
      restore("all");
      resolve({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks) });
      const done = [chunk, encoding, callback].find((arg): arg is Callback => typeof arg === "function");
      // Next waits for "finish", which comes when the caller sends the real response.
      done?.();
      return res;
    };
    for (const name of OVERRIDDEN) ours[name] = target[name];
    res.once("close", () => {
      if (mode !== "pass" && !res.writableEnded) {
        restore("all");
        mode = "pass";
        resolve(null);
      }
    });
  });
}

/** Removes every header set so far (before the caller writes its own response). */
export function clearHeaders(res: ServerResponse): void {
  for (const name of res.getHeaderNames()) res.removeHeader(name);
}
