import type { Db } from "@crestwood/db";
import { formatPostPath } from "../urls";
import { archiveMonthOf } from "../services/archive-months";
import { getBlog } from "../services/blog";
import type { PostChanged } from "./change";
import { announceChanges, type Tx } from "./announce";

/** What of a post decides where readers find it. */
export interface PostState {
  kind: "post" | "page";
  title: string;
  /** Readers can see it now (not a draft, its time has come). */
  visible: boolean;
  /** Its address, once it has a date (a page's needs none). */
  path: string | null;
  labels: string[];
  /** "YYYY-MM" of its date in the blog's timezone. */
  month: string | null;
  publishedAt: number | null;
}

/** The post as it is in the database now (inside the write's transaction), or null when gone. */
export async function readPostState(tx: Tx, id: string, timeZone: string, now: Date): Promise<PostState | null> {
  const row = await tx.post.findUnique({
    where: { id },
    select: { kind: true, title: true, slug: true, status: true, publishedAt: true, labels: { select: { label: { select: { name: true } } } } },
  });
  if (!row) return null;
  const { publishedAt } = row;
  return {
    kind: row.kind,
    title: row.title,
    visible: row.status !== "draft" && publishedAt !== null && publishedAt <= now,
    path: row.kind === "page" || publishedAt ? formatPostPath({ slug: row.slug, kind: row.kind, publishedAt: publishedAt ?? now }, timeZone) : null,
    labels: row.labels.map(({ label }) => label.name).sort(),
    month: row.kind === "post" ? archiveMonthOf(publishedAt, timeZone) : null,
    publishedAt: publishedAt?.getTime() ?? null,
  };
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** The announcement for a post that was `before` and is `after` (null: did not exist / is gone). */
export function postChanged(id: string, before: PostState | null, after: PostState | null): PostChanged {
  const states = [before, after].filter((state): state is PostState => state !== null);
  const shownStates = states.filter((state) => state.visible);
  const wasVisible = before?.visible ?? false;
  const isVisible = after?.visible ?? false;
  const moved =
    before !== null &&
    after !== null &&
    wasVisible &&
    isVisible &&
    (before.publishedAt !== after.publishedAt ||
      before.kind !== after.kind ||
      !sameList(before.labels, after.labels) ||
      (after.kind === "page" && before.title !== after.title));
  const unique = (values: (string | null)[]) => [...new Set(values.filter((value): value is string => value !== null))];
  return {
    type: "post.changed",
    id,
    kind: after?.kind ?? before?.kind ?? "post",
    oldPaths: unique([before?.path ?? null]),
    newPaths: unique([after?.path ?? null]),
    labels: unique(shownStates.flatMap((state) => state.labels)),
    months: unique(shownStates.map((state) => state.month)),
    shown: shownStates.length > 0,
    listing: wasVisible !== isVisible || moved,
  };
}

/**
 * For rows written outside the services (test factories, SQL by hand): announces the post as it
 * is now, as if it had just appeared, so every page that could show it is dropped.
 */
export async function announcePostWritten(db: Db, id: string, now = new Date()): Promise<void> {
  const { timezone } = await getBlog(db);
  const after = await readPostState(db, id, timezone, now);
  await announceChanges(db, [postChanged(id, null, after)]);
}
