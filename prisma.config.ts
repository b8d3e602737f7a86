// Prisma CLI configuration. The CLI is used here for `prisma generate` only: migrations run
// through packages/db/scripts/migrate.ts (the WebAssembly schema engine), see docs/database.md.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
