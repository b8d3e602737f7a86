import type { IncomingMessage, ServerResponse } from "node:http";
import { getDb } from "@crestwood/db";
// A subpath of its own: it reads prisma/migrations from disk, which Next need not trace.
import { databaseHealth } from "@crestwood/db/health";

export const HEALTH_PATH = "/api/health";

/**
 * GET /api/health for load balancers and monitors: 200 when this instance can serve (the
 * database answers and has every migration this code expects), 503 when it cannot or is
 * stopping (so a balancer drains it during a deploy). Answered here, before Next and any cache,
 * never cached. Returns false for any other path.
 */
export function handleHealth(req: IncomingMessage, res: ServerResponse, stopping: () => boolean): boolean {
  if ((req.url ?? "").split("?")[0] !== HEALTH_PATH) return false;
  const send = (status: number, body: object) => {
    const json = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", "content-length": Buffer.byteLength(json) });
    res.end(req.method === "HEAD" ? undefined : json);
  };
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    send(405, { status: "error", problems: ["Use GET."] });
    return true;
  }
  if (stopping()) {
    send(503, { status: "stopping", problems: ["This instance is shutting down."] });
    return true;
  }
  databaseHealth(getDb()).then(
    (health) =>
      send(health.ok ? 200 : 503, {
        status: health.ok ? "ok" : "unavailable",
        database: { reachable: health.reachable, migrationsApplied: health.applied, migrationsPending: health.pending },
        problems: health.problems,
      }),
    (error: unknown) => {
      console.error("[health] check failed", error);
      send(503, { status: "unavailable", problems: ["The health check failed."] });
    },
  );
  return true;
}
