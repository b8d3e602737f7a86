// Prisma's schema engine compiled to WebAssembly, driven through a driver adapter (better-sqlite3
// or node-postgres). The native engine the Prisma CLI downloads is not needed (nor reachable on
// every machine); each migrations folder and the _prisma_migrations table stay exactly as
// `prisma migrate` keeps them. One schema, one migrations folder per provider:
//   SQLite      prisma/schema.prisma             prisma/migrations/
//   PostgreSQL  prisma/schema.postgresql.prisma  prisma/migrations-postgresql/  (schema made by `pnpm db:schema`)
import { readFileSync } from "node:fs";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";
import type { DatabaseTarget } from "../src/database-url";
import { layout, readMigrationsList, repoRoot, type ProviderLayout } from "./schema-engine-layout";

export { layout, migrationNames, providers, readMigrationsList, repoRoot, type ProviderLayout } from "./schema-engine-layout";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * A pool of our own for PostgreSQL: the engine does not end it, and an open connection keeps a
 * scratch database from being dropped and the process from exiting. Its connections answer
 * columns of the catalog's one-byte `"char"` type as text: the schema engine reads such columns
 * (pg_class.relkind, pg_constraint.contype, ...) to describe a database, and adapter-pg 7.10
 * refuses the type ("Column type 'char' could not be deserialized").
 */
function schemaEnginePool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 2 });
  const asText = (answer: unknown) => {
    for (const field of (answer as Partial<pg.QueryResult> | undefined)?.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return answer;
  };
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      // pg's Pool.query calls its client with a callback; the adapter's transactions use promises.
      const last = args.at(-1);
      if (typeof last === "function") {
        return query(...args.slice(0, -1), (error: unknown, answer: unknown) => (last as (e: unknown, a: unknown) => void)(error, asText(answer)));
      }
      const result = query(...args);
      return result instanceof Promise ? result.then(asText) : result;
    };
  });
  return pool;
}

/**
 * adapter-pg 7.10 runs a migration script by splitting it at every ";", which cuts a function
 * body ($$ … $$) apart. Sent whole instead, as one simple-protocol query: PostgreSQL parses the
 * statements itself and runs them as one transaction, so a migration applies entirely or not at all.
 */
function wholeScripts(factory: SqlMigrationAwareDriverAdapterFactory, pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connectToShadowDb: () => factory.connectToShadowDb(),
    async connect() {
      const adapter = await factory.connect();
      const onError = (adapter as unknown as { onError?: (error: unknown) => never }).onError?.bind(adapter);
      adapter.executeScript = async (script: string) => {
        try {
          await pool.query(script);
        } catch (error) {
          if (onError) onError(error);
          throw error;
        }
      };
      return adapter;
    },
  };
}

export interface EngineHandle {
  engine: SchemaEngine;
  layout: ProviderLayout;
  /** Rewrites the engine's "External error id#N" into the driver's real message. */
  explain(error: unknown): Error;
  /** Frees the engine and closes its connections. */
  close(): Promise<void>;
}

/** An engine connected to `database` (a SQLite file or a PostgreSQL connection string). */
export async function openEngine(database: DatabaseTarget): Promise<EngineHandle> {
  const target = layout(database.provider);
  const pool = database.provider === "postgresql" ? schemaEnginePool(database.url) : null;
  const adapter = pool ? wholeScripts(new PrismaPg(pool), pool) : new PrismaBetterSqlite3({ url: database.url });
  const factory = bindMigrationAwareSqlAdapterFactory(adapter);
  const engine = await SchemaEngine.new({ datamodels: [[target.schemaPath, readFileSync(target.schemaPath, "utf8")]] }, () => {}, factory);
  return {
    engine,
    layout: target,
    explain(error) {
      const message = error instanceof Error ? error.message : String(error);
      const ids = [...message.matchAll(/External error id#(\d+)/g)].map((match) => Number(match[1]));
      const details = ids.map((id) => factory.errorRegistry.consumeError(id)?.error).filter(Boolean);
      return new Error([message, ...details.map((detail) => JSON.stringify(detail))].join("\n"));
    },
    async close() {
      engine.free();
      await pool?.end();
    },
  };
}

/** Applies the provider's pending migrations; returns the names applied. */
export async function applyMigrations(database: DatabaseTarget): Promise<string[]> {
  const handle = await openEngine(database);
  try {
    const { appliedMigrationNames } = await handle.engine.applyMigrations({ migrationsList: readMigrationsList(handle.layout), filters: handle.layout.filters });
    return appliedMigrationNames;
  } catch (error) {
    throw handle.explain(error);
  } finally {
    await handle.close();
  }
}

/**
 * Replays the provider's migrations into `database` (an empty scratch database) and returns the
 * SQL that takes it on to the provider's schema: what a new migration must hold; null when nothing.
 * One engine for both steps: a second engine on the same SQLite file would find it locked.
 */
export async function pendingMigrationSql(database: DatabaseTarget): Promise<string | null> {
  const handle = await openEngine(database);
  try {
    await handle.engine.applyMigrations({ migrationsList: readMigrationsList(handle.layout), filters: handle.layout.filters });
    const files = [{ path: handle.layout.schemaPath, content: readFileSync(handle.layout.schemaPath, "utf8") }];
    const { stdout } = await handle.engine.diff({
      from: { tag: "schemaDatasource", files, configDir: repoRoot },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: handle.layout.filters,
    });
    return !stdout || stdout.includes("This is an empty migration") ? null : stdout;
  } catch (error) {
    throw handle.explain(error);
  } finally {
    await handle.close();
  }
}
