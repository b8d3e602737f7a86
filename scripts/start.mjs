// `pnpm start`: migrate the database, load the demo content into an empty blog, build the web
// app (turbo replays a cached build when nothing changed), then serve it on PORT (default 3000)
// with Crestwood's server (apps/web/server), in this same process.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" };

function step(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

step("Migrating the database", "pnpm", ["--silent", "db:migrate"]);
step("Loading demo content (only into an empty blog)", "pnpm", ["--silent", "db:seed"]);
step("Building the web app", "pnpm", ["exec", "turbo", "run", "build", "--filter=@crestwood/web", "--output-logs=errors-only"]);

// A blog without an owner gets a one-time setup link (printed below, once the server listens):
// whoever opens /admin first on a fresh install must not become its owner.
const setupLink = spawnSync(process.execPath, [join(root, "packages", "cli", "bin", "crestwood.mjs"), "setup-link", "--if-needed"], { cwd: root, env, encoding: "utf8" });
if (setupLink.status !== 0) process.stderr.write(setupLink.stderr);

// The server runs in this process: pnpm → node, and nothing in between.
console.log(`\n▶ Starting Crestwood`);
Object.assign(process.env, env);
await import(pathToFileURL(join(root, "apps", "web", "dist", "server.mjs")).href);
if (setupLink.stdout) console.log(`\n${setupLink.stdout}`);
