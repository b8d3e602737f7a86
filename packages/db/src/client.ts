import { getEnv } from "@crestwood/config";
import type { PrismaClient } from "./generated/prisma/client";
import { resolveDatabaseUrl, type DatabaseProvider } from "./database-url";
import { createPostgresqlClient } from "./dialect/postgresql";
import { createSqliteClient } from "./dialect/sqlite";

/**
 * The database client every service uses, whichever the provider. Its type is the SQLite client's:
 * the PostgreSQL client accepts every argument the SQLite one does and answers the same shapes
 * (checked at compile time in dialect/client-conformance.ts), so a service written against `Db`
 * runs on both. What differs between the two (full-text search, text filters, trigger-kept
 * counts) stays in this package.
 */
export type Db = PrismaClient;

const PROVIDER = Symbol.for("crestwood.db.provider");

export interface CreateDbOptions {
  /** PostgreSQL: connections to keep at most (default: DATABASE_POOL_SIZE). */
  poolSize?: number;
}

/** A Prisma client for DATABASE_URL (or `url`), with the generated client and driver adapter its provider needs. */
export function createDb(url?: string, options: CreateDbOptions = {}): Db {
  const target = resolveDatabaseUrl(url);
  const db =
    target.provider === "postgresql"
      ? // The cast is the one place the two clients meet; see the comment on Db.
        (createPostgresqlClient(target.url, { poolSize: options.poolSize ?? getEnv().DATABASE_POOL_SIZE }) as unknown as Db)
      : createSqliteClient(target.url);
  Object.defineProperty(db, PROVIDER, { value: target.provider });
  return db;
}

/** Which database a client (or a transaction's client) talks to. */
export function providerOf(db: Pick<Db, "$queryRaw">): DatabaseProvider {
  const provider = (db as unknown as Record<symbol, DatabaseProvider | undefined>)[PROVIDER];
  if (!provider) throw new Error("Not a client made by createDb: its database provider is unknown.");
  return provider;
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
