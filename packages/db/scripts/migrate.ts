// Applies pending migrations to DATABASE_URL (default data/crestwood.db): `pnpm db:migrate`.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { resolveDatabaseUrl } from "../src/database-url";
import { filters, openEngine, readMigrationsList } from "./schema-engine";

const target = resolveDatabaseUrl();
if (target.provider !== "sqlite") {
  console.error("db:migrate: only SQLite (DATABASE_URL=file:...) is supported by this build.");
  process.exit(1);
}
mkdirSync(dirname(target.url), { recursive: true });

// WAL lets readers keep reading while the CLI or an import writes; the setting lives in the file.
const sqlite = new Database(target.url);
sqlite.pragma("journal_mode = WAL");
sqlite.close();

const { engine, explain } = await openEngine(target.url);
try {
  const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: readMigrationsList(), filters });
  console.log(
    appliedMigrationNames.length > 0
      ? `Applied ${appliedMigrationNames.length} migration(s) to ${target.url}: ${appliedMigrationNames.join(", ")}`
      : `Database ${target.url} is up to date.`,
  );
} catch (error) {
  console.error(explain(error));
  process.exit(1);
} finally {
  engine.free();
}
