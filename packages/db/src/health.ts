// Whether this instance can serve: the database answers and has every migration this code
// expects. For /api/health (load balancers) and `crestwood` checks. The SQL is the same on SQLite
// and PostgreSQL (Prisma's own bookkeeping table).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { findRepoRoot } from "@crestwood/config";
import type { Db } from "./client";

export interface DatabaseHealth {
  ok: boolean;
  /** The database answered a query. */
  reachable: boolean;
  /** Migrations in this code's prisma/migrations that the database has not applied (or failed). */
  pending: string[];
  /** How many of this code's migrations are applied. */
  applied: number;
  /** Why not ok, in words for an operator (never the driver's message, which is logged instead). */
  problems: string[];
}

let known: string[] | undefined;

/** The migrations this code ships (folder names), read once: code does not change while it runs. */
export function shippedMigrations(dir = join(findRepoRoot(), "prisma", "migrations")): string[] {
  known ??= existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && /^\d{14}_/.test(entry.name))
        .map((entry) => entry.name)
        .sort()
    : [];
  return known;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export async function databaseHealth(db: Db, options: { timeoutMs?: number; migrations?: string[] } = {}): Promise<DatabaseHealth> {
  const shipped = options.migrations ?? shippedMigrations();
  let rows: { migration_name: string }[];
  try {
    rows = await withTimeout(
      db.$queryRawUnsafe<{ migration_name: string }[]>(
        'SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL',
      ),
      options.timeoutMs ?? 2000,
    );
  } catch (error) {
    console.error("[health] the database did not answer:", error);
    return { ok: false, reachable: false, pending: shipped, applied: 0, problems: ["The database did not answer (is it reachable, and migrated with `pnpm db:migrate`?)."] };
  }
  const applied = new Set(rows.map((row) => row.migration_name));
  const pending = shipped.filter((name) => !applied.has(name));
  const problems = pending.length > 0 ? [`${pending.length} migration(s) not applied: run \`pnpm db:migrate\`.`] : [];
  return { ok: pending.length === 0, reachable: true, pending, applied: shipped.length - pending.length, problems };
}
