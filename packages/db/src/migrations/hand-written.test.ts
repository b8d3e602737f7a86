import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findRepoRoot } from "../repo-root";
import { handWrittenStatements } from "./hand-written";

const migration = (name: string) => readFileSync(join(findRepoRoot(import.meta.dirname), "prisma", "migrations", name, "migration.sql"), "utf8");

describe("handWrittenStatements", () => {
  it("finds nothing in what Prisma's diff writes", () => {
    expect(handWrittenStatements(migration("20261125095324_init"))).toEqual([]);
    expect(handWrittenStatements(migration("20261125101524_post_list_order_index"))).toEqual([]);
  });

  it("finds triggers, FTS tables and data fixes, bodies whole", () => {
    const found = handWrittenStatements(migration("20261125102520_label_post_counts"));
    expect(found.map((statement) => statement.split(/\s+/).slice(0, 3).join(" "))).toEqual([
      'UPDATE "Label" SET',
      'CREATE TRIGGER "PostLabel_postCount_insert"',
      'CREATE TRIGGER "PostLabel_postCount_delete"',
      'CREATE TRIGGER "Post_postCount_delete"',
      'CREATE TRIGGER "Post_postCount_update"',
    ]);
    expect(found[1]).toMatch(/END;$/);
    expect(handWrittenStatements(migration("20261125110000_post_search"))[0]).toMatch(/^CREATE VIRTUAL TABLE/);
  });

  it("takes a SQLite table rebuild as Prisma's", () => {
    const rebuild = `PRAGMA defer_foreign_keys=ON;\nPRAGMA foreign_keys=OFF;\nCREATE TABLE "new_Post" ("id" TEXT NOT NULL PRIMARY KEY);\nINSERT INTO "new_Post" ("id") SELECT "id" FROM "Post";\nDROP TABLE "Post";\nALTER TABLE "new_Post" RENAME TO "Post";\nPRAGMA foreign_keys=ON;\nPRAGMA defer_foreign_keys=OFF;\n`;
    expect(handWrittenStatements(rebuild)).toEqual([]);
  });
});
