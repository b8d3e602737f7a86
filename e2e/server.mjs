// The server Playwright tests run against: a fresh database (migrated, demo content loaded)
// under tmp/, and the production build of apps/web on E2E_PORT, served by Crestwood's server.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const e2eDatabaseFile = join(root, "tmp", "e2e", "crestwood.db");
const port = process.env.E2E_PORT ?? "3100";

mkdirSync(dirname(e2eDatabaseFile), { recursive: true });
for (const suffix of ["", "-wal", "-shm"]) rmSync(`${e2eDatabaseFile}${suffix}`, { force: true });
// Uploaded images live beside the database (media/): a fresh database starts with none.
rmSync(join(dirname(e2eDatabaseFile), "media"), { recursive: true, force: true });
// TRUST_PROXY: the tests connect from 127.0.0.1 and act as the blog's trusted proxy there, so a
// test may say which client it is with X-Forwarded-For (each test its own address, as readers
// behind nginx have). Tests that connect from another loopback address (127.0.0.2, …) are
// outsiders: whatever forwarded headers they send are ignored (e2e/tests/attacks).
const env = { ...process.env, DATABASE_URL: `file:${e2eDatabaseFile}`, PORT: port, TRUST_PROXY: process.env.E2E_TRUST_PROXY ?? "127.0.0.1" };

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
run(["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", "packages/db/scripts/migrate.ts"]);
run(["--import", "tsx", "prisma/seed/index.ts"]);

// Crestwood's own server (apps/web/server, built to dist/server.mjs), as `pnpm start` runs it.
const server = spawn(process.execPath, [join(root, "apps/web/dist/server.mjs")], {
  cwd: join(root, "apps/web"),
  env: { ...env, HOST: "127.0.0.1" },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
