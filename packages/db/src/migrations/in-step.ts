// The two providers' schemas and migration folders must stay in step: one schema.prisma, a
// PostgreSQL schema made from it, and every migration present in both folders under one name.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { postgresqlSchemaDrift } from "../../scripts/postgresql-schema.mjs";
import { layout, migrationNames, repoRoot } from "../../scripts/schema-engine-layout";

/** What is out of step, as messages a person can act on; [] when all is well. */
export function migrationFoldersOutOfStep(root: string = repoRoot): string[] {
  const problems: string[] = [];
  const drift = postgresqlSchemaDrift(root);
  if (drift) problems.push(drift);
  const sqlite = layout("sqlite", root);
  const postgresql = layout("postgresql", root);
  const sqliteNames = migrationNames(sqlite.migrationsDir);
  const postgresqlNames = migrationNames(postgresql.migrationsDir);
  for (const name of sqliteNames.filter((name) => !postgresqlNames.includes(name))) {
    problems.push(`prisma/migrations/${name} has no PostgreSQL twin in prisma/migrations-postgresql/: run \`pnpm db:migration:new --sync\`.`);
  }
  for (const name of postgresqlNames.filter((name) => !sqliteNames.includes(name))) {
    problems.push(`prisma/migrations-postgresql/${name} has no SQLite twin in prisma/migrations/ (a comment-only migration.sql will do).`);
  }
  for (const target of [sqlite, postgresql]) {
    const lock = join(target.migrationsDir, "migration_lock.toml");
    if (!existsSync(lock) || readFileSync(lock, "utf8") !== target.lockfileContent) {
      problems.push(`${lock.slice(root.length + 1)} must say provider = "${target.provider}".`);
    }
    for (const name of migrationNames(target.migrationsDir)) {
      if (!existsSync(join(target.migrationsDir, name, "migration.sql"))) problems.push(`${target.migrationsDir.slice(root.length + 1)}/${name} has no migration.sql.`);
    }
  }
  return problems;
}
