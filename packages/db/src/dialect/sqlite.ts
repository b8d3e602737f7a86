// The SQLite client: better-sqlite3 through Prisma's driver adapter, with Unicode-aware LIKE.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { unicodeLike } from "./like";

interface BetterSqlite3Connection {
  function(name: string, options: { deterministic: boolean; varargs: boolean }, fn: (...args: unknown[]) => unknown): unknown;
}

/**
 * Prisma's adapter opens the better-sqlite3 connection itself; this wraps its factory to register
 * Crestwood's SQL functions on every connection it opens (`like`, see like.ts).
 */
function withCrestwoodFunctions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const adapter = await factory.connect();
      const connection = (adapter as unknown as { client?: Partial<BetterSqlite3Connection> }).client;
      if (typeof connection?.function !== "function") {
        throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection: Crestwood's LIKE cannot be registered (see packages/db/src/dialect/sqlite.ts).");
      }
      connection.function("like", { deterministic: true, varargs: true }, unicodeLike);
      return adapter;
    },
  };
}

export function createSqliteClient(file: string): PrismaClient {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const adapter = withCrestwoodFunctions(new PrismaBetterSqlite3({ url: file, timeout: 5000 }));
  return new PrismaClient({ adapter });
}
