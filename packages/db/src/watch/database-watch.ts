/**
 * What Crestwood's HTTP server reads from the database to keep its page cache exact, without a
 * Prisma client in the request path: the change log rows it has not seen, when the next scheduled
 * post appears, and the blog's settings the server itself uses. One implementation per provider:
 * SQLite reads synchronously when asked; PostgreSQL keeps answers read in the background.
 */
export interface ChangeLogRow {
  id: number;
  /** One change as JSON (see @crestwood/api's changes). */
  change: string;
}

export interface WatchedBlogSettings {
  /** Blog.secret: signs the comment form's tokens. */
  secret: string;
  /** Blog.allowedOrigins: extra sources for reader pages' Content-Security-Policy. */
  allowedOrigins: string[];
}

export interface DatabaseWatch {
  /**
   * Change log rows written since the previous call, oldest first (the first call starts at the
   * newest row and returns none). Cheap when nothing was committed since: no query at all.
   */
  readNewChanges(): ChangeLogRow[];
  /** The first time after `now` at which a scheduled post or page becomes visible, if any. */
  nextScheduledPublication(now: Date): Date | null;
  /** What the server needs of the blog's settings, or null before the blog's row exists. */
  blogSettings(): WatchedBlogSettings | null;
  /** Brings the answers up to date now (PostgreSQL reads in the background; SQLite needs nothing). */
  refresh(): Promise<void>;
  close(): void;
}
