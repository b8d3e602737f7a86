// Full-text search over posts, behind one interface so that each database can use its own engine
// (SQLite FTS5 now; PostgreSQL's tsvector/ts_headline can implement the same contract).
import type { Db } from "../client";
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

/** The search for this database (SQLite is the only provider createDb supports so far). */
export function postSearch(): PostSearchDialect {
  return sqlitePostSearch;
}
