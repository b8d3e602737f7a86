// Generates both Prisma clients: SQLite's from prisma/schema.prisma and PostgreSQL's from
// prisma/schema.postgresql.prisma (made from the first by `pnpm db:schema`).
// `prisma generate` needs no schema engine, but the CLI insists on downloading one unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing executable; any will do since it never runs it.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { postgresqlSchemaDrift, schemaPaths } from "./postgresql-schema.mjs";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const drift = postgresqlSchemaDrift(root);
// Not rewritten here: CI installs too, and must see a PostgreSQL schema nobody regenerated.
if (drift) console.warn(`\n⚠ ${drift}\n`);

for (const schema of Object.values(schemaPaths(root))) {
  const result = spawnSync("pnpm", ["exec", "prisma", "generate", "--config", `${root}prisma.config.ts`, "--schema", schema], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
