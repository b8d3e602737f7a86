// Moves a blog between databases (SQLite → PostgreSQL, or any other pair) through the Prisma
// clients, keeping every id, then proves it: row count and content hash per table, on both sides.
import { createHash } from "node:crypto";
import type { Db } from "../client";
import { COPIED_TABLES, uncopiedModels, type CopiedTable } from "./tables";

const PAGE = 1000;

type Row = Record<string, unknown>;
interface Delegate {
  findMany(args: { where?: Row; orderBy?: Row[]; take?: number; skip?: number; cursor?: Row }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
  update(args: { where: Row; data: Row }): Promise<Row>;
  count(): Promise<number>;
}

function delegate(db: Db, table: CopiedTable): Delegate {
  return (db as unknown as Record<string, Delegate>)[table.delegate] as Delegate;
}

function cursorOf(table: CopiedTable, row: Row): Row {
  if (table.key.length === 1) return { [table.key[0] as string]: row[table.key[0] as string] };
  return { [table.key.join("_")]: Object.fromEntries(table.key.map((field) => [field, row[field]])) };
}

/** Every row of a table, a page at a time, in primary-key order. */
async function* rowsOf(db: Db, table: CopiedTable): AsyncGenerator<Row[]> {
  let cursor: Row | undefined;
  for (;;) {
    const page = await delegate(db, table).findMany({
      orderBy: table.key.map((field) => ({ [field]: "asc" })),
      take: PAGE,
      ...(cursor ? { cursor, skip: 1 } : {}),
    });
    if (page.length === 0) return;
    yield page;
    if (page.length < PAGE) return;
    cursor = cursorOf(table, page.at(-1) as Row);
  }
}

/** One row as canonical text: keys sorted, dates as ISO strings. */
function canonical(row: Row): string {
  return JSON.stringify(
    Object.keys(row)
      .sort()
      .map((key) => {
        const value = row[key];
        return [key, value instanceof Date ? value.toISOString() : typeof value === "bigint" ? value.toString() : value];
      }),
  );
}

export interface TableCheck {
  table: string;
  sourceRows: number;
  targetRows: number;
  sourceHash: string;
  targetHash: string;
  same: boolean;
}

/**
 * Row count and a hash of a table's content that does not depend on the order rows come in
 * (databases sort text differently): the sorted hashes of the rows, hashed.
 */
export async function tableDigest(db: Db, table: CopiedTable): Promise<{ rows: number; hash: string }> {
  const rowHashes: string[] = [];
  for await (const page of rowsOf(db, table)) {
    for (const row of page) rowHashes.push(createHash("sha256").update(canonical(row)).digest("hex"));
  }
  rowHashes.sort();
  const hash = createHash("sha256");
  for (const rowHash of rowHashes) hash.update(rowHash);
  return { rows: rowHashes.length, hash: hash.digest("hex") };
}

/** Compares every copied table of two databases. */
export async function compareDatabases(source: Db, target: Db): Promise<TableCheck[]> {
  const checks: TableCheck[] = [];
  for (const table of COPIED_TABLES) {
    const [a, b] = await Promise.all([tableDigest(source, table), tableDigest(target, table)]);
    checks.push({ table: table.model, sourceRows: a.rows, targetRows: b.rows, sourceHash: a.hash, targetHash: b.hash, same: a.rows === b.rows && a.hash === b.hash });
  }
  return checks;
}

/** Comment ids with parents before replies (threads of any depth). */
async function parentsFirst(db: Db, table: CopiedTable, parentField: string): Promise<string[]> {
  const links: { id: string; parent: string | null }[] = [];
  for await (const page of rowsOf(db, table)) {
    for (const row of page) links.push({ id: row.id as string, parent: (row[parentField] as string | null) ?? null });
  }
  const known = new Set(links.map((link) => link.id));
  const children = new Map<string | null, string[]>();
  for (const link of links) {
    const parent = link.parent && known.has(link.parent) ? link.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), link.id]);
  }
  const ordered: string[] = [];
  const queue = [...(children.get(null) ?? [])];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    ordered.push(id);
    queue.push(...(children.get(id) ?? []));
  }
  return ordered;
}

export class CopyRefused extends Error {
  override name = "CopyRefused";
}

export interface CopyProgress {
  (table: string, rows: number): void;
}

/**
 * Copies every table from `source` into `target` (migrated, and empty: refused otherwise) in one
 * transaction, so a failure leaves the target as it was.
 */
export async function copyDatabase(source: Db, target: Db, onTable: CopyProgress = () => {}): Promise<void> {
  const missing = uncopiedModels();
  if (missing.length > 0) throw new CopyRefused(`this build does not know how to copy ${missing.join(", ")}`);
  for (const table of COPIED_TABLES) {
    if ((await delegate(target, table).count()) > 0) {
      throw new CopyRefused(`the target database already holds data (table ${table.model}): copy into a new, migrated, empty database`);
    }
  }
  await target.$transaction(
    async (tx) => {
      const into = tx as unknown as Db;
      for (const table of COPIED_TABLES) {
        let copied = 0;
        const write = async (rows: Row[]) => {
          const zeroed = Object.fromEntries([...(table.triggerKept ?? []).map((field) => [field, 0]), ...(table.deferred ?? []).map((field) => [field, null])]);
          const data = table.triggerKept || table.deferred ? rows.map((row) => ({ ...row, ...zeroed })) : rows;
          if (data.length > 0) await delegate(into, table).createMany({ data });
          copied += data.length;
        };
        if (table.parentField) {
          const ids = await parentsFirst(source, table, table.parentField);
          for (let start = 0; start < ids.length; start += PAGE) {
            const batch = ids.slice(start, start + PAGE);
            const rows = await delegate(source, table).findMany({ where: { id: { in: batch } } });
            const byId = new Map(rows.map((row) => [row.id as string, row]));
            await write(batch.map((id) => byId.get(id) as Row));
          }
        } else {
          for await (const page of rowsOf(source, table)) await write(page);
        }
        onTable(table.model, copied);
      }
      // Links to tables copied after their own, now that their targets exist.
      for (const table of COPIED_TABLES.filter((t) => t.deferred)) {
        for await (const page of rowsOf(source, table)) {
          for (const row of page) {
            const links = Object.fromEntries(table.deferred!.filter((field) => row[field] !== null && row[field] !== undefined).map((field) => [field, row[field]]));
            if (Object.keys(links).length > 0) await delegate(into, table).update({ where: cursorOf(table, row), data: links });
          }
        }
      }
      // Trigger-kept values now follow the copied rows; where the source's own disagreed, keep the
      // source's, so the copy is exact (the hash check compares them too).
      for (const table of COPIED_TABLES.filter((t) => t.triggerKept)) {
        for await (const page of rowsOf(source, table)) {
          const current = new Map(
            (await delegate(into, table).findMany({ where: { [table.key[0] as string]: { in: page.map((row) => row[table.key[0] as string]) } } })).map((row) => [
              canonical(cursorOf(table, row)),
              row,
            ]),
          );
          for (const row of page) {
            const copy = current.get(canonical(cursorOf(table, row)));
            const differing = table.triggerKept!.filter((field) => copy?.[field] !== row[field]);
            if (differing.length > 0) {
              await delegate(into, table).update({ where: cursorOf(table, row), data: Object.fromEntries(differing.map((field) => [field, row[field]])) });
            }
          }
        }
      }
    },
    { timeout: 60 * 60_000, maxWait: 30_000 },
  );
}
