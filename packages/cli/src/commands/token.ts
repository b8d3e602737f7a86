import { Option, type Command } from "commander";
import { createApiToken, listApiTokens, revokeApiToken, type ApiTokenSummary } from "@crestwood/api";
import type { Db } from "@crestwood/db";
import { ROLES } from "@crestwood/validators";
import { withDb } from "../database";
import { UsageError } from "../usage-error";

/** The account a token is for: the one named, or the blog's only owner. */
async function tokenOwner(db: Db, email: string | undefined) {
  const select = { id: true, email: true, name: true, role: true } as const;
  if (email) {
    const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select });
    if (!user) throw new UsageError(`no account with the email ${email} (see \`crestwood user create\`)`);
    return user;
  }
  const owners = await db.user.findMany({ where: { role: "owner" }, select, take: 2 });
  if (owners.length === 0) throw new UsageError("this blog has no owner yet: create one with `crestwood user create` first");
  if (owners.length > 1) throw new UsageError("this blog has several owners: say whose token it is with --user EMAIL");
  return owners[0]!;
}

function status(token: ApiTokenSummary, now: Date): string {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt <= now) return "expired";
  return "active";
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace("T", " ") : "-");

export function registerTokenCommands(program: Command) {
  const token = program.command("token").description("API tokens for scripts and other apps (Authorization: Bearer; see docs/api.md).");

  token
    .command("create")
    .description("Create an API token. The token is printed once, alone on standard output; only its hash is stored.")
    .requiredOption("--name <name>", "what will use it, e.g. \"CI deploy\"")
    .addOption(new Option("--role <role>", "what it may do (never more than its account's role)").choices(ROLES).default("author"))
    .option("--expires-in-days <days>", "days until it stops working (default: until revoked)")
    .option("--user <email>", "the account it acts for (default: the blog's owner, when there is exactly one)")
    .addHelpText("after", `\nExample:\n  export CRESTWOOD_TOKEN=$(pnpm -s crestwood token create --name "CI deploy" --expires-in-days 90)`)
    .action(async (options: { name: string; role: (typeof ROLES)[number]; expiresInDays?: string; user?: string }) => {
      await withDb(async (db) => {
        const owner = await tokenOwner(db, options.user);
        const { token: secret, apiToken } = await createApiToken(db, owner, { name: options.name, role: options.role, expiresInDays: options.expiresInDays ?? null });
        const expiry = apiToken.expiresAt ? `expires ${day(apiToken.expiresAt)} UTC` : "does not expire";
        console.error(`Created ${apiToken.role} token "${apiToken.name}" for ${owner.name} <${owner.email}> (id ${apiToken.id}; ${expiry}).`);
        console.error("It is shown only this once: store it now (e.g. as CRESTWOOD_TOKEN).");
        console.log(secret);
      });
    });

  token
    .command("list")
    .description("List the blog's API tokens (never the secrets), with when each was last used.")
    .action(async () => {
      await withDb(async (db) => {
        const tokens = await listApiTokens(db);
        if (tokens.length === 0) {
          console.log("No API tokens yet (create one with `crestwood token create --name NAME`).");
          return;
        }
        const now = new Date();
        const rows = tokens.map((t) => [t.id, t.name, t.role, t.user.email, day(t.createdAt), day(t.expiresAt), day(t.lastUsedAt), status(t, now)]);
        const header = ["id", "name", "role", "account", "created (UTC)", "expires", "last used", "status"];
        const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
        for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd());
      });
    });

  token
    .command("revoke")
    .description("Revoke an API token for good: scripts using it get 401 Unauthorized from then on.")
    .argument("<id>", "the token's id (from `crestwood token list`)")
    .action(async (id: string) => {
      await withDb(async (db) => {
        const revoked = await revokeApiToken(db, id);
        console.log(`Revoked token "${revoked.name}" (id ${revoked.id}).`);
      });
    });
}
