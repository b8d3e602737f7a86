// What `pnpm db:check` and `pnpm db:migration:new` both ask: replaying a provider's migrations
// into an empty scratch database, what SQL would the schema still need?
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatabaseProvider } from "../src/database-url";
import { withScratchDatabase } from "./postgres-server";
import { pendingMigrationSql } from "./schema-engine";

/**
 * The schema's SQL that the migrations of `provider` leave unwritten (null: none), found on a
 * temporary SQLite file or on a scratch database created and dropped on `postgresServerUrl`.
 */
export async function pendingSqlOnScratch(provider: DatabaseProvider, postgresServerUrl: string | null): Promise<string | null> {
  if (provider === "postgresql") {
    if (!postgresServerUrl) throw new Error("A PostgreSQL server is needed to replay the PostgreSQL migrations.");
    return withScratchDatabase(postgresServerUrl, (url) => pendingMigrationSql({ provider, url }));
  }
  const dir = mkdtempSync(join(tmpdir(), "crestwood-scratch-"));
  try {
    return await pendingMigrationSql({ provider, url: join(dir, "scratch.db") });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
