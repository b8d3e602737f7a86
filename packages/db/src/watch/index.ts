// `@crestwood/db/watch`: what the HTTP server reads outside Prisma (see database-watch.ts).
import { getEnv, parseDatabaseUrl } from "@crestwood/config";
import type { DatabaseWatch } from "./database-watch";
import { openPostgresqlWatch } from "./postgresql-watch";
import { openSqliteWatch } from "./sqlite-watch";

export type { DatabaseWatch, ChangeLogRow, WatchedBlogSettings } from "./database-watch";

/** Opens the watch for DATABASE_URL (or `url`). */
export function openDatabaseWatch(url?: string): DatabaseWatch {
  const target = url === undefined ? getEnv().DATABASE_URL : parseDatabaseUrl(url);
  if (target.provider === "postgresql") return openPostgresqlWatch(target.url);
  if (target.url === ":memory:") throw new Error("The page cache cannot watch an in-memory database.");
  return openSqliteWatch(target.url);
}
