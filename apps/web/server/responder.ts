/**
 * What the server does with each request before (and instead of) Next:
 * - anonymous GET/HEAD of reader pages and feeds: answered from the page cache, rendered by Next
 *   once on a miss;
 * - other reader requests (signed in, POST, …): rendered by Next, rewritten like cached ones;
 * - the admin: Next with a per-response script nonce;
 * - RSC payloads, the API, media and Next's assets: Next, untouched.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { CacheTag } from "@crestwood/api/changes";
import { closeRenderTags, openRenderTags, RENDER_ID_HEADER } from "../src/lib/render-tags-registry";
import type { FormTokens } from "./form-tokens";
import { isHtml, readerBody, sendRewritten } from "./html/rewrite";
import { needsScripts } from "./html/strip-scripts";
import type { PageCache, Rendered } from "./page-cache/page-cache";
import { pageKeyFor, type PageKey } from "./page-cache/request-key";
import { clientAsk, sendEntry, type ClientAsk } from "./page-cache/send";
import { areaOf, hasCredentials, isRscRequest } from "./request-kind";
import { captureResponse, clearHeaders, type CapturedResponse } from "./response-capture";
import { adminPolicy, BASE_SECURITY_HEADERS, newNonce } from "./security-headers";

export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface ResponderOptions {
  handle: NextHandler;
  /** Null when the cache is off (PAGE_CACHE_MB=0, development). */
  cache: PageCache | null;
  tokens: FormTokens;
  dev: boolean;
  /** Reader pages' Content-Security-Policy (it follows the owner's settings). */
  readerPolicy: () => string;
  /** The status the page asked for in place of 200 (a 404/410 drawn by the page: response-status.ts). */
  requestedStatus: () => number | undefined;
}

/** Request headers a cached page must not depend on: removed before Next renders it. */
const PERSONAL_HEADERS = ["cookie", "authorization", "accept-encoding", "accept-language", "referer", "if-none-match", "if-modified-since", "if-match", "if-unmodified-since", "if-range", "range"];

/** The same request for everyone: what the key says, and nothing that differs between readers. */
function cleanForCache(req: IncomingMessage, key: PageKey): void {
  req.url = key.url;
  req.method = "GET";
  for (const name of PERSONAL_HEADERS) delete req.headers[name];
  // Next serves metadata differently to some user agents; every cached render is the same one.
  req.headers["user-agent"] = "Crestwood page cache";
}

const warnedScripts = new Set<string>();

export function createResponder(options: ResponderOptions) {
  const { handle, cache, tokens } = options;
  /** What will be sent: a page may turn its 200 into a 404 or 410 (applied when the head is written). */
  const withStatus = (response: CapturedResponse): CapturedResponse =>
    response.status === 200 ? { ...response, status: options.requestedStatus() ?? 200 } : response;
  const readerHeaders = () => ({ ...BASE_SECURITY_HEADERS, "Content-Security-Policy": options.readerPolicy() });

  /** Next renders; an HTML answer is collected and sent rewritten, anything else goes as is. */
  async function renderRewritten(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>, reader: boolean): Promise<void> {
    const ask = clientAsk(req);
    // Identity bytes from Next, so that they can be rewritten; compressed again on the way out.
    delete req.headers["accept-encoding"];
    const captured = captureResponse(res, (_status, responseHeaders) => isHtml(responseHeaders));
    const handled = handle(req, res);
    const collected = await captured;
    const response = collected && withStatus(collected);
    if (response) await sendRewritten(ask, res, response, { body: reader ? readerBody(response) : response.body, tokens, headers: { ...headers, "X-Crestwood-Cache": "pass" } });
    await handled;
  }

  /** A render for the cache: the cleaned request through Next, its answer and declared tags. */
  function renderForCache(req: IncomingMessage, res: ServerResponse, key: PageKey): Promise<Rendered | null> {
    cleanForCache(req, key);
    const id = randomUUID();
    openRenderTags(id);
    req.headers[RENDER_ID_HEADER] = id;
    const captured = captureResponse(res, () => true);
    // Settles once the response was sent (below, by the caller); errors are Next's to report.
    handle(req, res).catch((error: unknown) => console.error("[page-cache] render failed", error));
    return captured.then((collected) => {
      const tags = closeRenderTags(id);
      if (!collected) return null;
      const response = withStatus(collected);
      // Whatever answers at this address (a 404, a redirect) changes when something appears there.
      if (tags.size > 0) tags.add(CacheTag.path(key.path));
      const body = readerBody(response);
      if (isHtml(response.headers) && needsScripts(body.toString("utf8")) && !warnedScripts.has(key.path)) {
        warnedScripts.add(key.path);
        console.warn(`[page-cache] ${key.path} streams part of its content (a Suspense boundary): it needs scripts, which reader pages do not have.`);
      }
      return { response: { ...response, body }, tags };
    });
  }

  async function serveCached(req: IncomingMessage, res: ServerResponse, cache: PageCache, key: PageKey): Promise<void> {
    const ask = clientAsk(req);
    cache.maintain();
    const send = (entry: Parameters<typeof sendEntry>[2], state: "hit" | "miss") => {
      clearHeaders(res);
      sendEntry(ask, res, entry, {
        extraHeaders: { ...(entry.html ? readerHeaders() : BASE_SECURITY_HEADERS), "X-Crestwood-Cache": state },
        values: () => {
          const token = tokens.mint();
          return entry.segments.slice(1).map(() => token);
        },
      });
    };
    const hit = cache.lookup(key.key);
    if (hit) return send(hit, "hit");

    const { result, leader } = cache.fill(key.key, key.freeForm, () => renderForCache(req, res, key));
    const outcome = await result;
    if (outcome.kind === "entry") return send(outcome.entry, leader ? "miss" : "hit");
    if (!leader) return renderRewritten(req, res, readerHeaders(), true);
    if (outcome.kind === "uncacheable") {
      const { response } = outcome.rendered;
      await sendRewritten(ask, res, response, { body: response.body, tokens, headers: { ...readerHeaders(), "X-Crestwood-Cache": "pass" } });
    }
  }

  return async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only this server names renders; a client's value would only add tags to someone else's.
    delete req.headers[RENDER_ID_HEADER];
    for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) res.setHeader(name, value);
    const area = areaOf(req);
    if (area === "other") return handle(req, res);

    if (area === "admin") {
      const nonce = newNonce();
      const policy = adminPolicy(nonce, { dev: options.dev });
      // Next takes the nonce from the request's policy and puts it on every script it renders.
      req.headers["content-security-policy"] = policy;
      if (isRscRequest(req)) return handle(req, res);
      return renderRewritten(req, res, { ...BASE_SECURITY_HEADERS, "Content-Security-Policy": policy }, false);
    }

    // RSC payloads are Next's to answer (reader pages load none; a crafted one gets no HTML).
    if (isRscRequest(req)) return handle(req, res);
    const cacheable = cache && (req.method === "GET" || req.method === "HEAD") && !hasCredentials(req);
    const key = cacheable ? pageKeyFor(req) : null;
    if (cache && key) return serveCached(req, res, cache, key);
    return renderRewritten(req, res, readerHeaders(), true);
  };
}

export type { ClientAsk };
