// Full-text search over posts, behind one interface so that each database uses its own engine:
// SQLite's FTS5 (post-search-sqlite.ts), PostgreSQL's tsvector and ts_headline (post-search-postgresql.ts).
import { providerOf, type Db } from "../client";
import { postgresqlPostSearch } from "./post-search-postgresql";
import { sqlitePostSearch } from "./post-search-sqlite";

export { MARK_START, MARK_END } from "./marks";

export interface PostSearchQuery {
  /** What the reader typed, as is: the dialect turns it into a safe query for its engine. */
  text: string;
  blogId: number;
  /** Only posts visible at this instant (published or scheduled with time come). */
  now: Date;
  kind?: "post" | "page";
  limit: number;
}

export interface PostSearchHit {
  postId: string;
  /** Higher is more relevant; only the order means anything. */
  score: number;
  /** Plain text, matched words between MARK_START and MARK_END. */
  title: string;
  /** Plain text around the first matches in the body, marked the same way. */
  snippet: string;
}

export interface PostSearchDialect {
  /** Best matches first; [] when the text holds nothing to search for. Never throws on odd input. */
  search(db: Db, query: PostSearchQuery): Promise<PostSearchHit[]>;
}

const dialects = { sqlite: sqlitePostSearch, postgresql: postgresqlPostSearch } as const;

/** The search; each call uses the engine of the database it is given. */
export function postSearch(): PostSearchDialect {
  return { search: (db, query) => dialects[providerOf(db)].search(db, query) };
}
