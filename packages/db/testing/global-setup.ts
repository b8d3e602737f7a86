// Vitest global setup for the SQLite integration project: migrate one template file for the run.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { findRepoRoot } from "../src/repo-root";
import { TEST_ENV } from "./index";
import { migrateForTests } from "./migrate-for-tests";

export default function setup() {
  const root = findRepoRoot(import.meta.dirname);
  const dir = join(root, "tmp", "test-dbs");
  mkdirSync(dir, { recursive: true });
  const template = join(dir, `template-${process.pid}.db`);
  rmSync(template, { force: true });
  migrateForTests(`file:${template}`);
  process.env[TEST_ENV.sqliteTemplate] = template;
  return () => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${template}${suffix}`, { force: true });
  };
}
