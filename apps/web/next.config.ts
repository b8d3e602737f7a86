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
  // Metadata (<title>, canonical, feeds) is resolved before the page is sent, for every reader,
  // not streamed after it for all but a list of bots: a 404 page's <title> and every page's head
  // are then in the HTML that curl, feed readers and link previews see.
  htmlLimitedBots: /.*/,
};

export default config;
