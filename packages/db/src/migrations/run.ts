// Migrations from code that is not the migrate script itself (tests, `crestwood db copy`).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Db } from "../client";
import { providerOf } from "../client";
import { layout, migrationNames } from "../../scripts/schema-engine-layout";
import { findRepoRoot } from "../repo-root";

/**
 * Runs `pnpm db:migrate`'s script on `databaseUrl`, in a child process: the schema engine is
 * WebAssembly that Node 20 loads only with --experimental-wasm-modules.
 */
export function migrateDatabase(databaseUrl: string): void {
  const root = findRepoRoot(import.meta.dirname);
  const result = spawnSync(
    process.execPath,
    ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", join(root, "packages/db/scripts/migrate.ts")],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`Migrating ${databaseUrl.replace(/\/\/[^@/]*@/, "//…@")} failed:\n${result.stdout}\n${result.stderr}`);
}

/** This build's migrations that the database has not applied (all of them when it has none). */
export async function unappliedMigrations(db: Db): Promise<string[]> {
  const wanted = migrationNames(layout(providerOf(db)).migrationsDir);
  let applied: { name: string }[];
  try {
    applied = await db.$queryRaw<{ name: string }[]>`SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
  } catch {
    return wanted;
  }
  const done = new Set(applied.map((row) => row.name));
  return wanted.filter((name) => !done.has(name));
}
