// The PostgreSQL schema is made from prisma/schema.prisma (the one to edit): Prisma fixes the
// provider per schema file and the generated client per provider, so both providers need a file.
// Plain JavaScript, so that `prisma generate` at install time can use it before tsx is there.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const GENERATED_HEADER =
  "// GENERATED from prisma/schema.prisma by `pnpm db:schema`: edit that file, never this one.\n" +
  "// `pnpm db:check` (and the unit tests) fail when the two drift apart.\n\n";

function replaceInBlock(text, blockPattern, from, to, what) {
  const block = text.match(blockPattern);
  if (!block) throw new Error(`prisma/schema.prisma: no ${what} block found.`);
  if (!from.test(block[0])) throw new Error(`prisma/schema.prisma: the ${what} block has no ${from}.`);
  return text.replace(block[0], block[0].replace(from, to));
}

/** The PostgreSQL schema for the text of prisma/schema.prisma. */
export function postgresqlSchemaFrom(sqliteSchema) {
  if (/@db\./.test(sqliteSchema)) {
    throw new Error("prisma/schema.prisma uses a native type (@db.…): it must stay valid for both SQLite and PostgreSQL.");
  }
  let text = replaceInBlock(sqliteSchema, /datasource\s+db\s*\{[^}]*\}/, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"', "datasource db");
  text = replaceInBlock(
    text,
    /generator\s+client\s*\{[^}]*\}/,
    /output\s*=\s*"([^"]*)\/generated\/prisma"/,
    'output       = "$1/generated/prisma-postgresql"',
    "generator client",
  );
  return GENERATED_HEADER + text;
}

export function schemaPaths(repoRoot) {
  return {
    sqlite: join(repoRoot, "prisma", "schema.prisma"),
    postgresql: join(repoRoot, "prisma", "schema.postgresql.prisma"),
  };
}

/** Null when the checked-in PostgreSQL schema is the one schema.prisma makes, else why not. */
export function postgresqlSchemaDrift(repoRoot) {
  const paths = schemaPaths(repoRoot);
  const expected = postgresqlSchemaFrom(readFileSync(paths.sqlite, "utf8"));
  let actual;
  try {
    actual = readFileSync(paths.postgresql, "utf8");
  } catch {
    return "prisma/schema.postgresql.prisma is missing: run `pnpm db:schema` and commit it.";
  }
  return actual === expected ? null : "prisma/schema.postgresql.prisma is not the one prisma/schema.prisma makes: run `pnpm db:schema` and commit it.";
}
