// Tells the SQL a person added to a migration from what Prisma's diff writes, so that scripts can
// ask for its PostgreSQL form (a trigger, an FTS table or a data fix is not in the schema).

/** A migration's statements, comments removed (trigger bodies kept whole: BEGIN … END;). */
export function splitStatements(sql: string): string[] {
  const text = sql.replace(/--[^\n]*/g, "");
  const statements: string[] = [];
  let current = "";
  let depth = 0;
  for (const line of text.split("\n")) {
    current += `${line}\n`;
    if (/\bBEGIN\b\s*$/i.test(line.trim()) || /\bBEGIN$/i.test(line.trim())) depth++;
    if (/^\s*END;?\s*$/i.test(line) && depth > 0) depth--;
    if (depth === 0 && line.trim().endsWith(";")) {
      if (current.trim()) statements.push(current.trim());
      current = "";
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

/** Statement kinds Prisma's diff writes: tables, indexes, and its rebuild of a SQLite table. */
const GENERATED = [
  /^CREATE TABLE "(?!new_)[^"]+" \(/i,
  /^CREATE TABLE "new_[^"]+" \(/i,
  /^INSERT INTO "new_([^"]+)" \([^)]*\) SELECT [^;]* FROM "\1";$/is,
  /^DROP TABLE "[^"]+";$/i,
  /^ALTER TABLE "new_[^"]+" RENAME TO "[^"]+";$/i,
  /^ALTER TABLE "[^"]+" ADD COLUMN /i,
  /^ALTER TABLE "[^"]+" (DROP|RENAME) COLUMN /i,
  /^CREATE (UNIQUE )?INDEX /i,
  /^DROP INDEX /i,
  /^PRAGMA (defer_)?foreign_keys/i,
  /^PRAGMA foreign_key_check/i,
];

/** The statements of a SQLite migration that Prisma's diff would not have written. */
export function handWrittenStatements(sql: string): string[] {
  return splitStatements(sql).filter((statement) => !GENERATED.some((pattern) => pattern.test(statement)));
}
