import { z } from "zod";

/**
 * What a write changed, as services announce it (see announce.ts). Announcements describe the
 * data, never pages: which pages a change affects is decided in one place, affected.ts.
 */

/** A post or page was created, edited, (un)published, rescheduled or deleted. */
export interface PostChanged {
  type: "post.changed";
  id: string;
  kind: "post" | "page";
  /** Its addresses before the write (none when it did not exist or had no date). */
  oldPaths: string[];
  /** Its addresses after the write (none when deleted or without a date). */
  newPaths: string[];
  /** Its labels before and after. */
  labels: string[];
  /** Its archive months ("YYYY-MM" in the blog's timezone) before and after. */
  months: string[];
  /** Readers could see it before or can see it now (a draft edited stays invisible: false). */
  shown: boolean;
  /**
   * Where it is listed or counted moved: it appeared or disappeared, its date, labels or kind
   * changed, or a page's title changed (the pages widget shows it). False for an edit in place.
   */
  listing: boolean;
}

export interface CommentChanged {
  type: "comment.changed";
  /** The post whose comments (or comment count) readers see differently now. */
  postId: string;
}

/** Labels renamed, merged or deleted (every post carrying them shows their names). */
export interface LabelChanged {
  type: "label.changed";
  names: string[];
}

/** The blog's settings (title, language, timezone, page size, comment policy, …). */
export interface SettingsChanged {
  type: "settings.changed";
}

/** An image's texts changed or it was deleted: the posts that show it. */
export interface MediaChanged {
  type: "media.changed";
  id: string;
  postIds: string[];
}

/** An author's name or account changed: bylines on their posts. */
export interface AuthorChanged {
  type: "author.changed";
  userId: string;
}

/** Anything may have changed (an import, a restore, `crestwood cache purge` after SQL by hand). */
export interface EverythingChanged {
  type: "everything.changed";
  reason: string;
}

export type Change = PostChanged | CommentChanged | LabelChanged | SettingsChanged | MediaChanged | AuthorChanged | EverythingChanged;

const ids = z.array(z.string());

/** Parses a change read back from the change log (another process, maybe another version, wrote it). */
const ZChange = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("post.changed"),
    id: z.string(),
    kind: z.enum(["post", "page"]),
    oldPaths: ids,
    newPaths: ids,
    labels: ids,
    months: ids,
    shown: z.boolean(),
    listing: z.boolean(),
  }),
  z.object({ type: z.literal("comment.changed"), postId: z.string() }),
  z.object({ type: z.literal("label.changed"), names: ids }),
  z.object({ type: z.literal("settings.changed") }),
  z.object({ type: z.literal("media.changed"), id: z.string(), postIds: ids }),
  z.object({ type: z.literal("author.changed"), userId: z.string() }),
  z.object({ type: z.literal("everything.changed"), reason: z.string() }),
]);

/**
 * A change from its stored JSON. Something unreadable (a newer version's change type, a damaged
 * row) counts as "everything changed": dropping too much is safe, serving a stale page is not.
 */
export function parseStoredChange(json: string): Change {
  try {
    const parsed = ZChange.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through
  }
  return { type: "everything.changed", reason: "unreadable change log entry" };
}
