import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@crestwood/api", "@crestwood/config", "@crestwood/db", "@crestwood/i18n", "@crestwood/validators"],
  // Native bindings must be loaded by Node at run time, not bundled (webpack cannot find them).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2", "sharp"],
  poweredByHeader: false,
  // Blogger's archive addresses end in a slash (/2009/02/) and must answer as they are, not
  // redirect; the other pages declare their canonical address, so a stray slash does no harm.
  skipTrailingSlashRedirect: true,
  // Metadata always in <head>, rendered before the page is sent, whoever asks: the page cache
  // stores one rendering for every reader, and reader pages have no script to move it there.
  htmlLimitedBots: /./,
};

export default config;
