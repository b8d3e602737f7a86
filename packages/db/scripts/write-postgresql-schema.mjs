// `pnpm db:schema`: writes prisma/schema.postgresql.prisma from prisma/schema.prisma.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { postgresqlSchemaFrom, schemaPaths } from "./postgresql-schema.mjs";

const paths = schemaPaths(fileURLToPath(new URL("../../../", import.meta.url)));
const next = postgresqlSchemaFrom(readFileSync(paths.sqlite, "utf8"));
let previous = null;
try {
  previous = readFileSync(paths.postgresql, "utf8");
} catch {
  // first time
}
if (previous === next) {
  console.log("prisma/schema.postgresql.prisma is up to date.");
} else {
  writeFileSync(paths.postgresql, next);
  console.log("Wrote prisma/schema.postgresql.prisma.");
}
