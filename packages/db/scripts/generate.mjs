// `prisma generate` needs no schema engine, but the CLI insists on downloading one unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing executable; any will do since it never runs it.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const result = spawnSync("pnpm", ["exec", "prisma", "generate", "--config", `${root}prisma.config.ts`], {
  cwd: fileURLToPath(new URL("..", import.meta.url)),
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
process.exit(result.status ?? 1);
