// Applies pending migrations to DATABASE_URL (default data/crestwood.db): `pnpm db:migrate`.
// SQLite takes prisma/migrations/, PostgreSQL prisma/migrations-postgresql/.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { resolveDatabaseUrl, type DatabaseTarget } from "../src/database-url";
import { onServer } from "./postgres-server";
import { applyMigrations } from "./schema-engine";

const target = resolveDatabaseUrl();
const shown = target.provider === "sqlite" ? target.url : redactPassword(target.url);

function redactPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

function prepareSqlite(database: DatabaseTarget) {
  mkdirSync(dirname(database.url), { recursive: true });
  // WAL lets readers keep reading while the CLI or an import writes; the setting lives in the file.
  const sqlite = new Database(database.url);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}

/** Text filters fold å/ä/ö only under a UTF-8 LC_CTYPE; say so when the database has another. */
async function checkPostgresql(database: DatabaseTarget) {
  const ctype = await onServer(database.url, async (client) => {
    const { rows } = await client.query<{ ctype: string }>("SELECT datctype AS ctype FROM pg_database WHERE datname = current_database()");
    return rows[0]?.ctype ?? "";
  });
  if (!/utf-?8/i.test(ctype)) {
    console.warn(
      `⚠ The database's LC_CTYPE is "${ctype}": case-insensitive filters will fold ASCII letters only (not å/ä/ö).\n` +
        "  Create it with a UTF-8 locale, e.g. CREATE DATABASE crestwood LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0.",
    );
  }
}

try {
  if (target.provider === "sqlite") prepareSqlite(target);
  else await checkPostgresql(target);
  const applied = await applyMigrations(target);
  console.log(applied.length > 0 ? `Applied ${applied.length} migration(s) to ${shown}: ${applied.join(", ")}` : `Database ${shown} is up to date.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
