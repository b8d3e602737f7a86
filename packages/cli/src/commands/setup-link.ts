import type { Command } from "commander";
import { getEnv } from "@crestwood/config";
import { createSetupToken, isSetupNeeded, setupPath, SETUP_LINK_LIFETIME_MS } from "@crestwood/api";
import { withDb } from "../database";

/** The blog's own address for links printed on the server: PUBLIC_URL, else this machine and PORT. */
export function serverOrigin(): string {
  const env = getEnv();
  if (env.PUBLIC_URL) return env.PUBLIC_URL.origin;
  const host = !env.HOST || env.HOST === "0.0.0.0" || env.HOST === "::" ? "localhost" : env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST;
  return `http://${host}:${env.PORT}`;
}

export function registerSetupLinkCommand(program: Command) {
  program
    .command("setup-link")
    .description("Print a one-time link that makes this blog's owner (only while it has none). `pnpm start` prints one on an empty blog.")
    .option("--if-needed", "print nothing (and succeed) when the blog already has an owner")
    .action(async (options: { ifNeeded?: boolean }) => {
      await withDb(async (db) => {
        if (options.ifNeeded && !(await isSetupNeeded(db))) return;
        const { token } = await createSetupToken(db);
        const hours = SETUP_LINK_LIFETIME_MS / 3_600_000;
        console.log(`Open this link to create the blog's owner (it works once, for ${hours} hours):\n\n  ${serverOrigin()}${setupPath(token)}\n`);
      });
    });
}
