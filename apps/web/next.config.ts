import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@crestwood/api", "@crestwood/db", "@crestwood/i18n", "@crestwood/validators"],
  // Native bindings must be loaded by Node at run time, not bundled (webpack cannot find them).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
};

export default config;
