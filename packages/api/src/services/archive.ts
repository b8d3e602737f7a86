import type { Db } from "@crestwood/db";
import { formatArchivePath, formatPostPath } from "../urls";
import { fillMissingArchiveMonths } from "./archive-months";
import { BLOG_ID, getBlog } from "./blog";
import { visiblePostWhere } from "./posts";

export interface ArchiveMonth {
  month: number;
  /** "2009-02". */
  key: string;
  path: string;
  postCount: number;
  /** Titles, for the open month only (the others link to their archive page). */
  posts: { title: string; path: string }[];
}
export interface ArchiveYear {
  year: number;
  path: string;
  postCount: number;
  months: ArchiveMonth[];
}
export interface Archive {
  years: ArchiveYear[];
  /** The month whose titles are listed ("2009-02"), or null on a blog without posts. */
  openMonth: string | null;
}

/** Posts per month as readers see them now: the trigger-kept counts minus posts still scheduled. */
async function visibleMonthCounts(db: Db, timeZone: string, now: Date): Promise<Map<string, number>> {
  let rows = await db.archiveMonth.findMany({ where: { blogId: BLOG_ID, postCount: { gt: 0 } }, select: { month: true, postCount: true } });
  if (rows.some((row) => row.month === "")) {
    await fillMissingArchiveMonths(db, timeZone);
    rows = await db.archiveMonth.findMany({ where: { blogId: BLOG_ID, postCount: { gt: 0 } }, select: { month: true, postCount: true } });
  }
  const counts = new Map(rows.map((row) => [row.month, row.postCount]));
  // Scheduled posts are few and found through the date index.
  const scheduled = await db.post.findMany({
    where: { blogId: BLOG_ID, kind: "post", status: { not: "draft" }, publishedAt: { gt: now } },
    select: { archiveMonth: true },
  });
  for (const { archiveMonth } of scheduled) {
    const key = archiveMonth ?? "";
    counts.set(key, (counts.get(key) ?? 0) - 1);
  }
  counts.delete("");
  for (const [key, count] of counts) if (count <= 0) counts.delete(key);
  return counts;
}

/**
 * Blogger's archive widget: years → months with their post counts, newest first, and the titles
 * of one month (the newest, or `openMonth`). Reads the per-month counts (ArchiveMonth) and one
 * month's titles, never every post, so it costs the same on a blog of 100,000 posts as of 100.
 */
export async function getArchive(db: Db, options: { openMonth?: string } = {}, now = new Date()): Promise<Archive> {
  const blog = await getBlog(db);
  const counts = await visibleMonthCounts(db, blog.timezone, now);
  const keys = [...counts.keys()].sort().reverse();
  const openMonth = options.openMonth && counts.has(options.openMonth) ? options.openMonth : (keys[0] ?? null);
  const openPosts = openMonth
    ? await db.post.findMany({
        where: { ...visiblePostWhere(now, "post"), archiveMonth: openMonth },
        select: { title: true, slug: true, publishedAt: true, createdAt: true },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      })
    : [];

  const years: ArchiveYear[] = [];
  for (const key of keys) {
    const year = Number(key.slice(0, 4));
    const month = Number(key.slice(5, 7));
    const postCount = counts.get(key) ?? 0;
    let yearEntry = years.at(-1);
    if (yearEntry?.year !== year) {
      yearEntry = { year, path: formatArchivePath({ year }), postCount: 0, months: [] };
      years.push(yearEntry);
    }
    yearEntry.postCount += postCount;
    yearEntry.months.push({
      month,
      key,
      path: formatArchivePath({ year, month }),
      postCount,
      posts:
        key === openMonth
          ? openPosts.map((row) => ({ title: row.title, path: formatPostPath({ slug: row.slug, kind: "post", publishedAt: row.publishedAt ?? row.createdAt }, blog.timezone) }))
          : [],
    });
  }
  return { years, openMonth };
}
