import { isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { findRepoRoot } from "./repo-root";

export type DatabaseProvider = "sqlite" | "postgresql";

export interface DatabaseTarget {
  provider: DatabaseProvider;
  /** For SQLite: an absolute file path (or ":memory:"). For PostgreSQL: the connection string. */
  url: string;
}

const DatabaseUrl = z
  .string()
  .trim()
  .refine((value) => /^(file:|postgres(ql)?:\/\/)/.test(value), {
    message:
      'DATABASE_URL must start with "file:" (SQLite, e.g. file:./data/crestwood.db) or "postgresql://" (PostgreSQL).',
  });

/** The SQLite file used when DATABASE_URL is unset: data/crestwood.db under the repository root. */
export function defaultDatabaseUrl(): string {
  return `file:${resolve(findRepoRoot(), "data", "crestwood.db")}`;
}

/**
 * Reads DATABASE_URL (or the given value) and says which database it names. Relative SQLite paths
 * are taken from the repository root, not the current folder, so every process agrees on the file.
 */
export function resolveDatabaseUrl(raw: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  const parsed = DatabaseUrl.safeParse(raw && raw.length > 0 ? raw : defaultDatabaseUrl());
  if (!parsed.success) {
    throw new Error(`Invalid DATABASE_URL: ${parsed.error.issues[0]?.message ?? "unrecognised value"}`);
  }
  const value = parsed.data;
  if (!value.startsWith("file:")) return { provider: "postgresql", url: value };
  const path = value.slice("file:".length).replace(/\?.*$/, "");
  if (path === ":memory:") return { provider: "sqlite", url: path };
  return { provider: "sqlite", url: isAbsolute(path) ? path : resolve(findRepoRoot(), path) };
}
