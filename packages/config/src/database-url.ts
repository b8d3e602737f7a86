import { isAbsolute, resolve } from "node:path";
import { findRepoRoot } from "./repo-root";

export type DatabaseProvider = "sqlite" | "postgresql";

export interface DatabaseTarget {
  provider: DatabaseProvider;
  /** For SQLite: an absolute file path (or ":memory:"). For PostgreSQL: the connection string. */
  url: string;
}

/** The SQLite file used when DATABASE_URL is unset: data/crestwood.db under the repository root. */
export function defaultDatabaseUrl(): string {
  return `file:${resolve(findRepoRoot(), "data", "crestwood.db")}`;
}

/**
 * Says which database DATABASE_URL names. Relative SQLite paths are taken from the repository
 * root, not the current folder, so every process agrees on the file.
 */
export function parseDatabaseUrl(raw: string | undefined): DatabaseTarget {
  const value = raw && raw.trim().length > 0 ? raw.trim() : defaultDatabaseUrl();
  if (/^postgres(ql)?:\/\//.test(value)) return { provider: "postgresql", url: value };
  if (!value.startsWith("file:")) {
    throw new Error('DATABASE_URL must start with "file:" (SQLite, e.g. file:./data/crestwood.db) or "postgresql://" (PostgreSQL).');
  }
  const path = value.slice("file:".length).replace(/\?.*$/, "");
  if (path.includes("\0")) throw new Error("DATABASE_URL contains a NUL character.");
  if (path === ":memory:") return { provider: "sqlite", url: path };
  if (path === "") throw new Error("DATABASE_URL names no file: write file:./data/crestwood.db or an absolute path.");
  return { provider: "sqlite", url: isAbsolute(path) ? path : resolve(findRepoRoot(), path) };
}
