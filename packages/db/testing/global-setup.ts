// Vitest global setup for integration tests: migrate one template database for the whole run.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { findRepoRoot } from "../src/repo-root";
import { TEMPLATE_ENV } from "./index";

export default function setup() {
  const root = findRepoRoot(import.meta.dirname);
  const dir = join(root, "tmp", "test-dbs");
  mkdirSync(dir, { recursive: true });
  const template = join(dir, `template-${process.pid}.db`);
  rmSync(template, { force: true });
  const result = spawnSync(
    process.execPath,
    ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", join(root, "packages/db/scripts/migrate.ts")],
    { env: { ...process.env, DATABASE_URL: `file:${template}` }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`Migrating the test template failed:\n${result.stdout}\n${result.stderr}`);
  process.env[TEMPLATE_ENV] = template;
  return () => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${template}${suffix}`, { force: true });
  };
}
