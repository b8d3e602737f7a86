import Database from "better-sqlite3";
import type { ChangeLogRow, DatabaseWatch } from "./database-watch";

/**
 * SQLite: a connection of its own, used only for reading. `PRAGMA data_version` changes when any
 * other connection (this process's Prisma client, the CLI, a second server) commits, and costs
 * microseconds, so the log is queried only after a commit.
 */
export function openSqliteWatch(file: string): DatabaseWatch {
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  const dataVersion = db.prepare("PRAGMA data_version").pluck();
  const newest = db.prepare('SELECT COALESCE(MAX("id"), 0) FROM "ChangeLog"').pluck();
  const since = db.prepare('SELECT "id", "change" FROM "ChangeLog" WHERE "id" > ? ORDER BY "id"');
  // Prisma stores DateTime as ISO 8601 text with an explicit offset, always "+00:00": compared as
  // text, so the (blogId, kind, publishedAt) index finds the next one without a scan.
  const nextScheduled = db
    .prepare(
      `SELECT MIN("at") FROM (
         SELECT (SELECT "publishedAt" FROM "Post" WHERE "blogId" = 1 AND "kind" = 'post' AND "publishedAt" > ? AND "status" <> 'draft' ORDER BY "publishedAt" LIMIT 1) AS "at"
         UNION ALL
         SELECT (SELECT "publishedAt" FROM "Post" WHERE "blogId" = 1 AND "kind" = 'page' AND "publishedAt" > ? AND "status" <> 'draft' ORDER BY "publishedAt" LIMIT 1)
       )`,
    )
    .pluck();
  const settings = db.prepare('SELECT "secret", "allowedOrigins" FROM "Blog" WHERE "id" = 1');

  let seenVersion = dataVersion.get() as number;
  let lastId = newest.get() as number;
  return {
    readNewChanges() {
      const version = dataVersion.get() as number;
      if (version === seenVersion) return [];
      seenVersion = version;
      const rows = since.all(lastId) as ChangeLogRow[];
      const last = rows.at(-1);
      if (last) lastId = last.id;
      return rows;
    },
    nextScheduledPublication(now) {
      const stamp = now.toISOString().replace("Z", "+00:00");
      const value = nextScheduled.get(stamp, stamp) as string | null;
      return value ? new Date(value) : null;
    },
    blogSettings() {
      const row = settings.get() as { secret: string; allowedOrigins: string } | undefined;
      return row ? { secret: row.secret, allowedOrigins: row.allowedOrigins.split("\n").filter(Boolean) } : null;
    },
    refresh() {
      return Promise.resolve();
    },
    close() {
      db.close();
    },
  };
}
