import pg from "pg";
import type { ChangeLogRow, DatabaseWatch, WatchedBlogSettings } from "./database-watch";

/** How often the change log is read (changes made in this process arrive at once on the transport). */
export const POSTGRESQL_POLL_MS = 1_000;
/** Upcoming publication times kept, so one passing leaves the next at hand until the next poll. */
const UPCOMING = 20;

/**
 * PostgreSQL: node-postgres cannot answer synchronously, so one connection of its own reads in the
 * background, every second, what the server asks for before each lookup: new change log rows, the
 * next scheduled publications and (when they changed) the blog's settings. Another instance's
 * writes reach this one within a poll; LISTEN/NOTIFY can replace the timer later.
 */
export function openPostgresqlWatch(connectionString: string, options: { pollMs?: number } = {}): DatabaseWatch {
  const pool = new pg.Pool({ connectionString, max: 1, idleTimeoutMillis: 0 });
  let lastId: number | null = null;
  let pending: ChangeLogRow[] = [];
  let upcoming: Date[] = [];
  let settings: WatchedBlogSettings | null = null;
  let closed = false;

  async function readSettings(): Promise<void> {
    const { rows } = await pool.query<{ secret: string; allowedOrigins: string }>('SELECT "secret", "allowedOrigins" FROM "Blog" WHERE "id" = 1');
    const row = rows[0];
    settings = row ? { secret: row.secret, allowedOrigins: row.allowedOrigins.split("\n").filter(Boolean) } : null;
  }

  async function poll(): Promise<void> {
    if (closed) return;
    let rows: ChangeLogRow[] = [];
    if (lastId === null) {
      const { rows: newest } = await pool.query<{ id: number }>('SELECT COALESCE(MAX("id"), 0)::int AS "id" FROM "ChangeLog"');
      lastId = newest[0]?.id ?? 0;
    } else {
      rows = (await pool.query<ChangeLogRow>('SELECT "id", "change" FROM "ChangeLog" WHERE "id" > $1 ORDER BY "id"', [lastId])).rows;
    }
    const { rows: times } = await pool.query<{ at: Date }>(
      // Per kind, so the (blogId, kind, publishedAt) index answers each without a scan.
      `(SELECT "publishedAt" AS "at" FROM "Post" WHERE "blogId" = 1 AND "kind" = 'post' AND "publishedAt" > now() AND "status" <> 'draft' ORDER BY "publishedAt" LIMIT ${UPCOMING})
       UNION ALL
       (SELECT "publishedAt" FROM "Post" WHERE "blogId" = 1 AND "kind" = 'page' AND "publishedAt" > now() AND "status" <> 'draft' ORDER BY "publishedAt" LIMIT ${UPCOMING})
       ORDER BY "at" LIMIT ${UPCOMING}`,
    );
    // Settings first: whoever applies the rows below reads them right after.
    if (settings === null || rows.some((row) => /"type":"(settings|everything)\.changed"/.test(row.change))) await readSettings();
    upcoming = times.map((row) => row.at);
    const last = rows.at(-1);
    if (last) lastId = last.id;
    pending.push(...rows);
  }

  let running: Promise<void> = poll().catch(report);
  function report(error: unknown) {
    if (!closed) console.error("[watch] reading the change log failed", error);
  }
  const timer = setInterval(() => {
    running = running.then(poll).catch(report);
  }, options.pollMs ?? POSTGRESQL_POLL_MS);
  timer.unref();

  return {
    readNewChanges() {
      const rows = pending;
      pending = [];
      return rows;
    },
    nextScheduledPublication(now) {
      return upcoming.find((at) => at > now) ?? null;
    },
    blogSettings() {
      return settings;
    },
    refresh() {
      running = running.then(poll).catch(report);
      return running;
    },
    close() {
      closed = true;
      clearInterval(timer);
      void running.finally(() => pool.end());
    },
  };
}
