// `pnpm db:migration:new <name>`: writes the migration of a change to prisma/schema.prisma for
// BOTH providers, as prisma/migrations/<stamp>_<name>/ and prisma/migrations-postgresql/<stamp>_<name>/.
// It first remakes prisma/schema.postgresql.prisma. For each provider the existing migrations are
// replayed into a scratch database (a temporary SQLite file; a PostgreSQL database this script
// creates and drops) which is then diffed against that provider's schema. (The engine's own
// shadow-database replay sends each migration as one statement and fails on multi-statement files.)
//
// `pnpm db:migration:new --sync` only catches up: a SQLite migration with no PostgreSQL twin
// (written on a branch before this folder existed, or by hand) gets one, under the same name.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { DatabaseProvider } from "../src/database-url";
import { handWrittenStatements } from "../src/migrations/hand-written";
import { pendingSqlOnScratch } from "./pending-on-scratch";
import { findPostgresServer, NO_POSTGRES_MESSAGE, type PostgresServer } from "./postgres-server";
import { layout, migrationNames, repoRoot } from "./schema-engine";

const argument = process.argv[2];
const syncOnly = argument === "--sync";
if (!syncOnly && (!argument || !/^[a-z0-9_]+$/.test(argument))) {
  console.error("Usage: pnpm db:migration:new <name>   (lower-case letters, digits and _ only)\n       pnpm db:migration:new --sync   (write PostgreSQL twins of SQLite migrations that lack one)");
  process.exit(1);
}


function writeMigration(provider: DatabaseProvider, name: string, sql: string) {
  const { migrationsDir, lockfileContent } = layout(provider);
  const dir = join(migrationsDir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  const lockPath = join(migrationsDir, "migration_lock.toml");
  if (!existsSync(lockPath)) writeFileSync(lockPath, lockfileContent);
  console.log(`Wrote ${dir.slice(repoRoot.length + 1)}/migration.sql`);
}

/** SQL a person wrote into a SQLite migration has no generated PostgreSQL twin: say so. */
function warnAboutHandWrittenSql(name: string) {
  const sql = readFileSync(join(layout("sqlite").migrationsDir, name, "migration.sql"), "utf8");
  const statements = handWrittenStatements(sql);
  if (statements.length === 0) return;
  console.warn(
    `\n⚠ prisma/migrations/${name}/migration.sql holds SQL beyond Prisma's diff:\n` +
      statements.map((statement) => `    ${statement.split("\n")[0]}`).join("\n") +
      `\n  Write its PostgreSQL form into prisma/migrations-postgresql/${name}/migration.sql by hand.\n`,
  );
}

async function catchUp(server: PostgresServer) {
  const postgresqlNames = new Set(migrationNames(layout("postgresql").migrationsDir));
  const missing = migrationNames(layout("sqlite").migrationsDir).filter((name) => !postgresqlNames.has(name));
  const extra = [...postgresqlNames].filter((name) => !existsSync(join(layout("sqlite").migrationsDir, name)));
  if (extra.length > 0) {
    throw new Error(`PostgreSQL migrations without a SQLite twin: ${extra.join(", ")}. Give each a prisma/migrations/<same name>/migration.sql (a comment saying why SQLite needs nothing will do).`);
  }
  if (missing.length === 0) return;
  const [first, ...rest] = missing as [string, ...string[]];
  const sql = await pendingSqlOnScratch("postgresql", server.url);
  writeMigration("postgresql", first, sql ?? `-- ${first}: no change to PostgreSQL's schema.\n`);
  for (const name of rest) writeMigration("postgresql", name, `-- The PostgreSQL side of this schema change is in ${first}.\n`);
  for (const name of missing) warnAboutHandWrittenSql(name);
}

const schema = spawnSync(process.execPath, [join(import.meta.dirname, "write-postgresql-schema.mjs")], { stdio: "inherit" });
if (schema.status !== 0) process.exit(1);

const server = await findPostgresServer({ allowDatabaseUrl: true });
if (!server) {
  console.error(`${NO_POSTGRES_MESSAGE}\nIt is needed to write the PostgreSQL migration.`);
  process.exit(1);
}
try {
  await catchUp(server);
  if (!syncOnly) {
    const [sqliteSql, postgresqlSql] = [await pendingSqlOnScratch("sqlite", null), await pendingSqlOnScratch("postgresql", server.url)];
    if (!sqliteSql && !postgresqlSql) {
      console.log("The schema matches the migrations of both providers: nothing to write.");
    } else {
      const name = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${argument}`;
      writeMigration("sqlite", name, sqliteSql ?? "-- No change to SQLite's schema.\n");
      writeMigration("postgresql", name, postgresqlSql ?? "-- No change to PostgreSQL's schema.\n");
      console.log("Review both before committing (a SQLite table rebuild drops that table's triggers: see docs/database.md).");
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await server.release();
}
