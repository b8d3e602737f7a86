// Databases for integration tests: a migrated template is made once per run (global-setup.ts),
// and every test file gets its own copy, so tests own their data and run in parallel.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { createDb, type Db } from "../src/client";
import { findRepoRoot } from "../src/repo-root";

export const TEMPLATE_ENV = "CRESTWOOD_TEST_TEMPLATE_DB";

export interface TestDb {
  db: Db;
  url: string;
  file: string;
  cleanup: () => Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error(`${TEMPLATE_ENV} is unset: run integration tests through vitest's integration project.`);
  const dir = join(findRepoRoot(), "tmp", "test-dbs");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${randomUUID()}.db`);
  copyFileSync(template, file);
  const url = `file:${file}`;
  const db = createDb(url);
  return {
    db,
    url,
    file,
    cleanup: async () => {
      await db.$disconnect();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}
