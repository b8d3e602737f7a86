import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { resolveDatabaseUrl } from "./database-url";

export type Db = PrismaClient;

/**
 * A Prisma client for DATABASE_URL (or `url`), with the driver adapter its provider needs.
 * PostgreSQL support arrives with its own generated client; until then a clear error says so.
 */
export function createDb(url?: string): Db {
  const target = resolveDatabaseUrl(url);
  if (target.provider !== "sqlite") {
    throw new Error("PostgreSQL is not supported by this build yet: set DATABASE_URL to a file: URL.");
  }
  if (target.url !== ":memory:") mkdirSync(dirname(target.url), { recursive: true });
  const adapter = new PrismaBetterSqlite3({ url: target.url, timeout: 5000 });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { crestwoodDb?: Db };

/**
 * The process-wide client. Kept on globalThis so Next's dev server, which re-evaluates modules on
 * every change, does not open a new connection each time.
 */
export function getDb(): Db {
  globalForDb.crestwoodDb ??= createDb();
  return globalForDb.crestwoodDb;
}
