// Bundles the server (server/*.ts and the workspace packages it imports) into dist/server.mjs, so
// production runs plain Node with no TypeScript loader. Next itself stays external, and so do
// Prisma's runtime and the database drivers (SQLite's is a native module; pg requires Node's
// built-ins, which an ESM bundle cannot): the health check (server/health.ts)
// uses the same database client as the app, loaded by Node from apps/web's dependencies.
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
  // Next, Prisma's client and native modules, and the PostgreSQL driver (loaded by Node from node_modules).
  external: ["next", "next/*", "@prisma/client", "@prisma/client/*", "@prisma/adapter-better-sqlite3", "better-sqlite3", "@prisma/adapter-pg", "pg"],
  sourcemap: "linked",
  logLevel: "warning",
});
