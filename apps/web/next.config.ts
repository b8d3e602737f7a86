import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ["@crestwood/api", "@crestwood/config", "@crestwood/content", "@crestwood/db", "@crestwood/i18n", "@crestwood/validators"],
  // Native bindings must be loaded by Node at run time, not bundled (webpack cannot find them).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "@node-rs/argon2", "sharp"],
  poweredByHeader: false,
  // Blogger's archive addresses end in a slash (/2009/02/) and must answer as they are, not
  // redirect; the other pages declare their canonical address, so a stray slash does no harm.
  skipTrailingSlashRedirect: true,
  // Metadata (<title>, canonical, feeds) is resolved before the page is sent, for every reader,
  // not streamed after it for all but a list of bots: a 404 page's <title> and every page's head
  // are then in the HTML that curl, feed readers and link previews see, and in the one rendering
  // the page cache keeps for every reader (reader pages have no script to move it there).
  htmlLimitedBots: /.*/,
  experimental: {
    // forbidden() from next/navigation: owner-only admin pages answer an author with 403.
    authInterrupts: true,
    serverActions: {
      // The post editor's save is the largest action: a body of up to 500,000 characters
      // (POST_LIMITS.bodyHtml) is at most 1.5 MB in UTF-8 (3 bytes per UTF-16 unit), sent once,
      // plus a few small fields. 2 MB fits it with room; anything larger is refused (413).
      bodySizeLimit: "2mb",
    },
  },
};

export default config;
