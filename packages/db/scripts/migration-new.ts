// Writes a new migration from the difference between the checked-in migrations and
// prisma/schema.prisma: `pnpm db:migration:new <name>`. The migrations are replayed into a
// temporary SQLite file which is then diffed against the schema (the engine's own shadow-database
// replay sends each migration as one statement and fails on multi-statement files).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  filters,
  lockfileContent,
  migrationsDir,
  openEngine,
  readMigrationsList,
  repoRoot,
  schemaPath,
} from "./schema-engine";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: pnpm db:migration:new <name>   (lower-case letters, digits and _ only)");
  process.exit(1);
}

const workDir = mkdtempSync(join(tmpdir(), "crestwood-migration-"));
const shadowFile = join(workDir, "shadow.db");
const { engine, explain } = await openEngine(shadowFile);
try {
  await engine.applyMigrations({ migrationsList: readMigrationsList(), filters });
  const schemaFiles = [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }];
  const { stdout } = await engine.diff({
    from: { tag: "schemaDatasource", files: schemaFiles, configDir: repoRoot },
    to: { tag: "schemaDatamodel", files: schemaFiles },
    script: true,
    exitCode: null,
    filters,
  });
  if (!stdout || stdout.includes("This is an empty migration")) {
    console.log("The schema matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "migration.sql"), stdout);
    const lockPath = join(migrationsDir, "migration_lock.toml");
    if (!existsSync(lockPath)) writeFileSync(lockPath, lockfileContent);
    console.log(`Wrote ${dir}/migration.sql`);
  }
} catch (error) {
  console.error(explain(error));
  process.exitCode = 1;
} finally {
  engine.free();
  rmSync(workDir, { recursive: true, force: true });
}
