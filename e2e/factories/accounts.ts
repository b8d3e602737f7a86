// Accounts for e2e tests. The owner is made once, through the setup form (tests/admin/setup.spec.ts);
// every other test makes its own author with the real CLI, so tests never share a session.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { findRepoRoot } from "@crestwood/db";
import { e2eDatabaseUrl } from "./db";

export const OWNER = { email: "agare@example.org", name: "Bloggens ägare", password: "ägarens långa lösenord" } as const;

export interface Account {
  email: string;
  name: string;
  password: string;
}

/** A new author (or owner), created with `crestwood user create … --password-stdin` against the e2e database. */
export function createAuthor(role: "author" | "owner" = "author"): Account {
  const suffix = randomUUID().slice(0, 8);
  const account = { email: `skribent-${suffix}@example.org`, name: `Skribent ${suffix}`, password: `lösenord-${suffix}-långt` };
  const root = findRepoRoot(import.meta.dirname);
  const result = spawnSync(
    process.execPath,
    [join(root, "packages/cli/bin/crestwood.mjs"), "user", "create", "--email", account.email, "--name", account.name, "--password-stdin", "--role", role],
    { input: account.password, encoding: "utf8", env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() } },
  );
  if (result.status !== 0) throw new Error(`crestwood user create failed: ${result.stderr}`);
  return account;
}

/** A one-time setup link's path, printed by `crestwood setup-link` against the e2e database, as an owner would run it on the server. */
export function printSetupLink(): string {
  const root = findRepoRoot(import.meta.dirname);
  const result = spawnSync(process.execPath, [join(root, "packages/cli/bin/crestwood.mjs"), "setup-link"], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
  });
  const path = /https?:\/\/[^/\s]+(\/admin\/setup\?token=[A-Za-z0-9_-]+)/.exec(result.stdout)?.[1];
  if (result.status !== 0 || !path) throw new Error(`crestwood setup-link failed: ${result.stdout}${result.stderr}`);
  return path;
}
