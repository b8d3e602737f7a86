/**
 * Crestwood's HTTP server: a small node:http server around Next's request handler. It is where
 * connections are accepted, so it is where the client's address is decided (TRUST_PROXY), and it
 * stops gracefully. `pnpm start`, the e2e tests and deployments run it; `pnpm dev` runs it with
 * `--dev` (Next's dev server inside).
 */
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { ConfigError, getEnv, type Env } from "@crestwood/config";
import { refuseOversizedBody } from "./body-limits";
import { applyClientAddress } from "./client-address";
import { checkFormBody } from "./form-bodies";
import { refuseMalformedPath } from "./malformed-paths";
import { handleHealth } from "./health";
import { withResponseStatus } from "./response-status";
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

  const server = createServer((req, res) => {
    if (handleHealth(req, res, () => shutdown.stopping()) || refuseOversizedBody(req, res, env) || refuseMalformedPath(req, res)) return;
    applyClientAddress(req, env.TRUST_PROXY);
    checkFormBody(req, res)
      .then((request) => request && withResponseStatus(res, () => handle(request, res)))
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
  console.log(`Crestwood is listening on http://${env.HOST ?? "localhost"}:${env.PORT} (${dev ? "development" : "production"}; trusted proxies: ${trust})`);
}
