import type { Db } from "@crestwood/db";
import { yearMonth } from "@crestwood/i18n";
import type { Tx } from "../changes/announce";
import { BLOG_ID } from "./blog";

/**
 * Post.archiveMonth: the month a post is filed under in the archive ("2009-02"), in the blog's
 * timezone, which SQL cannot apply. The write path sets it with the date; database triggers count
 * posts per month from it (ArchiveMonth), so the archive widget reads a few rows on every page.
 */
export function archiveMonthOf(publishedAt: Date | null | undefined, timeZone: string): string | null {
  if (!publishedAt) return null;
  const { year, month } = yearMonth(publishedAt, timeZone);
  return `${year}-${month}`;
}

const BATCH = 500;

/**
 * Fills in the month of posts written without one (before this column existed, by SQL by hand, by
 * a test's factory): they are counted under "" until then. Found through the archiveMonth index,
 * so a blog with nothing to repair pays nothing.
 */
export async function fillMissingArchiveMonths(db: Db | Tx, timeZone: string): Promise<number> {
  let repaired = 0;
  for (;;) {
    const rows = await db.post.findMany({
      where: { blogId: BLOG_ID, archiveMonth: null, publishedAt: { not: null } },
      select: { id: true, publishedAt: true },
      take: BATCH,
    });
    if (rows.length === 0) return repaired;
    const byMonth = new Map<string, string[]>();
    for (const row of rows) {
      const month = archiveMonthOf(row.publishedAt, timeZone);
      if (month) byMonth.set(month, [...(byMonth.get(month) ?? []), row.id]);
    }
    for (const [month, ids] of byMonth) await db.post.updateMany({ where: { id: { in: ids }, archiveMonth: null }, data: { archiveMonth: month } });
    repaired += rows.length;
  }
}

/** After the blog's timezone changed: every dated post's month is computed again. */
export async function forgetArchiveMonths(tx: Tx): Promise<void> {
  await tx.post.updateMany({ where: { blogId: BLOG_ID, archiveMonth: { not: null } }, data: { archiveMonth: null } });
}
