// Databases for integration tests. The same test files run on SQLite and on PostgreSQL (two
// vitest projects, see vitest.config.ts): a migrated template is made once per run and provider
// (global-setup*.ts), and every test file gets its own copy — a copied file on SQLite, a
// CREATE DATABASE … TEMPLATE on PostgreSQL — so tests own their data and run in parallel.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { createDb, type Db } from "../src/client";
import type { DatabaseProvider } from "../src/database-url";
import { findRepoRoot } from "../src/repo-root";
import { onServer, quoteIdentifier, withDatabase } from "../scripts/postgres-server";

/** Set by the global setups for the test workers. */
export const TEST_ENV = {
  provider: "CRESTWOOD_TEST_PROVIDER",
  /** SQLite: the template file. */
  sqliteTemplate: "CRESTWOOD_TEST_TEMPLATE_DB",
  /** PostgreSQL: the server's maintenance database URL and the template database's name. */
  postgresServer: "CRESTWOOD_TEST_POSTGRES_SERVER",
  postgresTemplate: "CRESTWOOD_TEST_POSTGRES_TEMPLATE",
} as const;
/** @deprecated kept for older imports: the SQLite template's variable. */
export const TEMPLATE_ENV = TEST_ENV.sqliteTemplate;

export interface TestDb {
  db: Db;
  provider: DatabaseProvider;
  /** DATABASE_URL of this database, for code under test that opens its own client. */
  url: string;
  cleanup: () => Promise<void>;
}

/** The provider this test run uses. */
export function testProvider(): DatabaseProvider {
  return process.env[TEST_ENV.provider] === "postgresql" ? "postgresql" : "sqlite";
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is unset: run integration tests through vitest's integration projects (pnpm test:integration).`);
  return value;
}

async function createSqliteTestDb(): Promise<TestDb> {
  const template = requireEnv(TEST_ENV.sqliteTemplate);
  const dir = join(findRepoRoot(), "tmp", "test-dbs");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${randomUUID()}.db`);
  copyFileSync(template, file);
  const url = `file:${file}`;
  const db = createDb(url);
  return {
    db,
    provider: "sqlite",
    url,
    cleanup: async () => {
      await db.$disconnect();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

async function createPostgresqlTestDb(): Promise<TestDb> {
  const server = requireEnv(TEST_ENV.postgresServer);
  const template = requireEnv(TEST_ENV.postgresTemplate);
  const name = `crestwood_test_${randomUUID().replaceAll("-", "").slice(0, 20)}`;
  await onServer(server, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${quoteIdentifier(template)}`));
  const url = withDatabase(server, name);
  const db = createDb(url, { poolSize: 4 });
  return {
    db,
    provider: "postgresql",
    url,
    cleanup: async () => {
      await db.$disconnect();
      await onServer(server, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
    },
  };
}

/** A fresh, migrated database of this run's provider, for one test file. */
export async function createTestDb(): Promise<TestDb> {
  return testProvider() === "postgresql" ? createPostgresqlTestDb() : createSqliteTestDb();
}

/** Names of the triggers in the database (to assert that migrations left them in place). */
export async function listTriggers(testDb: TestDb): Promise<string[]> {
  const rows =
    testDb.provider === "sqlite"
      ? await testDb.db.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`
      : await testDb.db.$queryRaw<{ name: string }[]>`SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname`;
  return rows.map((row) => row.name);
}

export { findPostgresServer, withScratchDatabase, NO_POSTGRES_MESSAGE, type PostgresServer } from "../scripts/postgres-server";
export { migrateDatabase } from "../src/migrations/run";
