import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { findRepoRoot } from "../src/repo-root";

/** Runs `pnpm db:migrate`'s script on `databaseUrl` (in a child: the schema engine needs Node's WebAssembly flag). */
export function migrateForTests(databaseUrl: string) {
  const root = findRepoRoot(import.meta.dirname);
  const result = spawnSync(
    process.execPath,
    ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", join(root, "packages/db/scripts/migrate.ts")],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`Migrating the test template failed:\n${result.stdout}\n${result.stderr}`);
}
