import { AsyncLocalStorage } from "node:async_hooks";
import type { ServerResponse } from "node:http";

/**
 * A page that finds nothing must answer 404 (or 410 for what was deleted) with the blog's page in
 * its body. Next's notFound() cannot do both: its body is drawn by the browser (React's server
 * rendering runs no error boundaries), so a reader without JavaScript, curl and many crawlers get
 * an empty page. Instead the page renders its "not found" view itself and asks for the status
 * through this per-request store; the status is applied when the response's head is written.
 */
const STATUS_STORE = Symbol.for("crestwood.responseStatus");

export interface ResponseStatusStore {
  status?: number;
}

const storage = new AsyncLocalStorage<ResponseStatusStore>();
(globalThis as Record<symbol, unknown>)[STATUS_STORE] = storage;

/** Runs one request's handling with a status store; a status asked for replaces a plain 200. */
export function withResponseStatus<T>(res: ServerResponse, handle: () => Promise<T>): Promise<T> {
  const store: ResponseStatusStore = {};
  const writeHead = res.writeHead.bind(res) as (statusCode: number, ...rest: unknown[]) => ServerResponse;
  // Only a successful render is changed: Next's own 3xx, 404 and 500 stay as they are.
  res.writeHead = ((statusCode: number, ...rest: unknown[]) =>
    writeHead(statusCode === 200 && store.status ? store.status : statusCode, ...rest)) as ServerResponse["writeHead"];
  return storage.run(store, handle);
}

/**
 * The status this request's page asked for, in place of a plain 200 (for the page cache, which
 * collects a response before its head is written).
 */
export function requestedStatus(): number | undefined {
  return storage.getStore()?.status;
}
