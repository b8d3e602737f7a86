// Bundles the server (server/*.ts and the workspace packages it imports) into dist/server.mjs, so
// production runs plain Node with no TypeScript loader. Next itself stays external.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const appDir = join(dirname(fileURLToPath(import.meta.url)), "..");
await build({
  entryPoints: [join(appDir, "server", "index.ts")],
  outfile: join(appDir, "dist", "server.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Next, native modules and the PostgreSQL driver (loaded by Node from node_modules).
  external: ["next", "next/*", "better-sqlite3", "pg"],
  sourcemap: "linked",
  logLevel: "warning",
});
