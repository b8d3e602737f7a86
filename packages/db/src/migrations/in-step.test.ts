import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findRepoRoot } from "../repo-root";
import { migrationFoldersOutOfStep } from "./in-step";

const root = findRepoRoot(import.meta.dirname);
let copies: string[] = [];
afterEach(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies = [];
});

/** A copy of the repository's prisma/ folder to break. */
function copyOfPrisma(): string {
  const dir = mkdtempSync(join(tmpdir(), "crestwood-in-step-"));
  copies.push(dir);
  cpSync(join(root, "prisma"), join(dir, "prisma"), { recursive: true });
  writeFileSync(join(dir, "pnpm-workspace.yaml"), "");
  return dir;
}

describe("the two providers' migrations", () => {
  it("are in step in this repository", () => {
    expect(migrationFoldersOutOfStep(root)).toEqual([]);
  });

  it("are out of step when a migration is missing on either side", () => {
    const dir = copyOfPrisma();
    rmSync(join(dir, "prisma", "migrations-postgresql", "20261125113000_media"), { recursive: true });
    expect(migrationFoldersOutOfStep(dir)).toEqual([expect.stringMatching(/^prisma\/migrations\/20261125113000_media has no PostgreSQL twin/)]);

    const other = copyOfPrisma();
    rmSync(join(other, "prisma", "migrations", "20261125113000_media"), { recursive: true });
    expect(migrationFoldersOutOfStep(other)).toEqual([expect.stringMatching(/^prisma\/migrations-postgresql\/20261125113000_media has no SQLite twin/)]);
  });

  it("are out of step when schema.prisma changed and the PostgreSQL schema was not remade", () => {
    const dir = copyOfPrisma();
    appendFileSync(join(dir, "prisma", "schema.prisma"), "\nmodel Extra {\n  id Int @id\n}\n");
    expect(migrationFoldersOutOfStep(dir)).toEqual([expect.stringMatching(/schema\.postgresql\.prisma is not the one prisma\/schema\.prisma makes/)]);
  });
});
