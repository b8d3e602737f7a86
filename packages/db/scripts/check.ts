// `pnpm db:check`: fails when the providers drift apart or the schema has changes no migration
// holds. Checks that (1) prisma/schema.postgresql.prisma is the one schema.prisma makes, (2) every
// migration exists in both folders, (3) for each provider, replaying its migrations into a scratch
// database gives exactly its schema (nothing left for `pnpm db:migration:new` to write).
// `--provider sqlite|postgresql` checks only (3) for one provider (the integration tests use it).
import type { DatabaseProvider } from "../src/database-url";
import { migrationFoldersOutOfStep } from "../src/migrations/in-step";
import { pendingSqlOnScratch } from "./pending-on-scratch";
import { findPostgresServer, NO_POSTGRES_MESSAGE } from "./postgres-server";

const only = process.argv[2] === "--provider" ? (process.argv[3] as DatabaseProvider) : null;
const problems = only ? [] : migrationFoldersOutOfStep();

async function unmigrated(provider: DatabaseProvider): Promise<string | null> {
  if (provider === "sqlite") return pendingSqlOnScratch(provider, null);
  const server = await findPostgresServer();
  if (!server) {
    problems.push(`PostgreSQL migrations not checked: ${NO_POSTGRES_MESSAGE}`);
    return null;
  }
  try {
    return await pendingSqlOnScratch(provider, server.url);
  } finally {
    await server.release();
  }
}

for (const provider of only ? [only] : (["sqlite", "postgresql"] as const)) {
  const sql = await unmigrated(provider);
  if (sql) {
    problems.push(
      `The ${provider} migrations do not reach ${provider === "sqlite" ? "prisma/schema.prisma" : "prisma/schema.postgresql.prisma"}: ` +
        `run \`pnpm db:migration:new <name>\`. Missing:\n${sql.replace(/^/gm, "    ")}`,
    );
  }
}

if (problems.length > 0) {
  console.error(`✗ Database schema and migrations out of step:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  process.exit(1);
}
console.log(`✓ Schemas and migrations in step${only ? ` (${only})` : " for SQLite and PostgreSQL"}.`);
