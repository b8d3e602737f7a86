/**
 * Crestwood's HTTP server: a small node:http server around Next's request handler. It is where
 * connections are accepted, so it is where the client's address is decided (TRUST_PROXY), and it
 * stops gracefully. `pnpm start`, the e2e tests and deployments run it; `pnpm dev` runs it with
 * `--dev` (Next's dev server inside).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { changeTransport } from "@crestwood/api/changes";
import { FORM_TOKEN_PLACEHOLDER } from "@crestwood/api/edge";
import { ConfigError, getEnv, type Env } from "@crestwood/config";
import { openDatabaseWatch } from "@crestwood/db/watch";
import { BlogSettings } from "./blog-settings";
import { refuseOversizedBody } from "./body-limits";
import { applyClientAddress } from "./client-address";
import { checkFormBody } from "./form-bodies";
import { FormTokens } from "./form-tokens";
import { handleHealth } from "./health";
import { refuseMalformedPath } from "./malformed-paths";
import { PageCache } from "./page-cache/page-cache";
import { createResponder } from "./responder";
import { requestedStatus, withResponseStatus } from "./response-status";
import { installGracefulShutdown } from "./shutdown";

/** The app's folder (apps/web), whether this runs from server/ (tsx) or from dist/ (built). */
const appDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Marks the process as served by this server: the app believes CLIENT_ADDRESS_HEADER only then. */
const SERVED_BY_CRESTWOOD = Symbol.for("crestwood.server");

function readEnv(): Env {
  try {
    return getEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

export async function startServer({ dev }: { dev: boolean }): Promise<void> {
  const env = readEnv();
  // Next reads NODE_ENV to choose its production or development behaviour.
  Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
  (globalThis as Record<symbol, unknown>)[SERVED_BY_CRESTWOOD] = true;

  const hostname = env.HOST ?? "localhost";
  const app = next({ dev, dir: appDir, hostname, port: env.PORT });
  const handle = app.getRequestHandler();
  await app.prepare();

  const watch = openDatabaseWatch();
  // PostgreSQL's watch reads in the background: have its first answers before the first request.
  await watch.refresh();
  const settings = new BlogSettings(() => watch.blogSettings());
  const tokens = new FormTokens(() => settings.secret());
  // Off in development: code edits change pages without announcing anything.
  const cache = env.PAGE_CACHE_MB > 0 && !dev ? new PageCache({ limitBytes: env.PAGE_CACHE_MB * 1024 * 1024, watch, transport: changeTransport(), placeholder: FORM_TOKEN_PLACEHOLDER }) : null;
  // The cache hears changes made here (the transport) and in other processes (the change log);
  // without it, the transport alone.
  if (cache) cache.onChanges((changes) => settings.follow(changes));
  else changeTransport().subscribe((changes) => settings.follow(changes));
  const safeHandle = (req: IncomingMessage, res: ServerResponse) =>
    handle(req, res).catch((error: unknown) => {
      console.error("[server] request failed", error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal error");
    });
  const respond = createResponder({ handle: safeHandle, cache, tokens, dev, requestedStatus, readerPolicy: () => settings.readerPolicy() });

  const server = createServer((req, res) => {
    if (handleHealth(req, res, () => shutdown.stopping()) || refuseOversizedBody(req, res, env) || refuseMalformedPath(req, res)) return;
    applyClientAddress(req, env.TRUST_PROXY);
    checkFormBody(req, res)
      .then((request) => request && withResponseStatus(res, () => respond(request, res)))
      .catch((error: unknown) => {
        console.error("[server] request failed", error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end("Internal error");
      });
  });
  // Slow-loris: a request must send its headers promptly.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;

  const shutdown = installGracefulShutdown(server, () => [
    app,
    { close: () => cache?.close() },
    { close: () => watch.close() },
    // The background worker (started by src/instrumentation.ts) finishes the mail it is sending.
    { close: () => (globalThis as { crestwoodBackground?: { stop(): Promise<void> } }).crestwoodBackground?.stop() },
    { close: () => (globalThis as { crestwoodDb?: { $disconnect(): Promise<void> } }).crestwoodDb?.$disconnect() },
  ]);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    if (env.HOST) server.listen(env.PORT, env.HOST, resolve);
    else server.listen(env.PORT, resolve);
  });
  const trust = env.TRUST_PROXY.kind === "none" ? "none" : env.TRUST_PROXY.kind === "hops" ? `${env.TRUST_PROXY.hops} hop(s)` : env.TRUST_PROXY.description;
  const cached = cache ? `page cache ${env.PAGE_CACHE_MB} MB` : "page cache off";
  console.log(`Crestwood is listening on http://${env.HOST ?? "localhost"}:${env.PORT} (${dev ? "development" : "production"}; trusted proxies: ${trust}; ${cached})`);
}
