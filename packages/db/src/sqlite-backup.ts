/**
 * Copies of a SQLite database file taken with SQLite's online backup API (through better-sqlite3),
 * which reads a consistent snapshot while the blog keeps serving and writing: a write by another
 * connection during the copy makes SQLite start over, so the copy is always of one moment.
 * PostgreSQL has pg_dump for this (docs/database.md).
 * better-sqlite3 is loaded on first use: the web server imports this package but never backs up,
 * and its bundle does not ship the driver (Prisma's adapter brings its own copy).
 */
import type BetterSqlite3 from "better-sqlite3";
import { rmSync } from "node:fs";
import { resolveDatabaseUrl } from "./database-url";

async function openDatabase(...args: ConstructorParameters<typeof BetterSqlite3>) {
  const { default: Database } = await import("better-sqlite3");
  return new Database(...args);
}

function sqliteFile(url?: string): string {
  const target = resolveDatabaseUrl(url);
  if (target.provider !== "sqlite" || target.url === ":memory:") {
    throw new Error("Backups of a PostgreSQL database are made with pg_dump (see docs/database.md, \"Backups\"); `crestwood backup` copies SQLite files.");
  }
  return target.url;
}

/** The database file DATABASE_URL (or `url`) names, for messages and media folders. */
export function sqliteDatabaseFile(url?: string): string {
  return sqliteFile(url);
}

/** Copies the live database into `destination` (a new file). */
export async function backupSqlite(destination: string, url?: string): Promise<{ pages: number }> {
  const source = await openDatabase(sqliteFile(url), { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    // After the first step, copy everything that is left in one step: one read snapshot, so a
    // steady trickle of comments cannot keep restarting a long copy.
    const result = await source.backup(destination, { progress: () => 1_000_000_000 });
    // One self-contained file: the copy inherits WAL mode, which would leave -wal and -shm beside it.
    const copy = await openDatabase(destination);
    try {
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    return { pages: result.totalPages };
  } finally {
    source.close();
  }
}

/** Replaces the database with the copy at `backupFile` (stop the server first). */
export async function restoreSqlite(backupFile: string, url?: string): Promise<void> {
  const target = sqliteFile(url);
  const copy = await openDatabase(backupFile, { readonly: true, fileMustExist: true });
  try {
    for (const suffix of ["-wal", "-shm"]) rmSync(`${target}${suffix}`, { force: true });
    await copy.backup(target);
  } finally {
    copy.close();
  }
  const restored = await openDatabase(target);
  try {
    restored.pragma("journal_mode = WAL");
  } finally {
    restored.close();
  }
}

/** Reads rows from a backup file (e.g. its media table) without opening it through Prisma. */
export async function readBackupRows<T>(backupFile: string, sql: string): Promise<T[]> {
  const copy = await openDatabase(backupFile, { readonly: true, fileMustExist: true });
  try {
    return copy.prepare(sql).all() as T[];
  } finally {
    copy.close();
  }
}
