import type { Db } from "@crestwood/db";
import { yearMonth } from "@crestwood/i18n";
import { formatArchivePath, formatPostPath } from "../urls";
import { getBlog } from "./blog";
import { visiblePostWhere } from "./posts";

export interface ArchiveMonth {
  month: number;
  path: string;
  postCount: number;
  posts: { title: string; path: string }[];
}
export interface ArchiveYear {
  year: number;
  path: string;
  postCount: number;
  months: ArchiveMonth[];
}

/**
 * Blogger's archive widget: years → months → post titles, newest first, by publication date in
 * the blog's timezone. Only titles and dates are read, so it stays cheap for thousands of posts.
 */
export async function getArchive(db: Db, now = new Date()): Promise<ArchiveYear[]> {
  const blog = await getBlog(db);
  const rows = await db.post.findMany({
    where: visiblePostWhere(now, "post"),
    select: { title: true, slug: true, publishedAt: true, createdAt: true },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  });
  const years: ArchiveYear[] = [];
  for (const row of rows) {
    const publishedAt = row.publishedAt ?? row.createdAt;
    const { year: y, month: m } = yearMonth(publishedAt, blog.timezone);
    const year = Number(y);
    const month = Number(m);
    let yearEntry = years.at(-1);
    if (yearEntry?.year !== year) {
      yearEntry = { year, path: formatArchivePath({ year }), postCount: 0, months: [] };
      years.push(yearEntry);
    }
    let monthEntry = yearEntry.months.at(-1);
    if (monthEntry?.month !== month) {
      monthEntry = { month, path: formatArchivePath({ year, month }), postCount: 0, posts: [] };
      yearEntry.months.push(monthEntry);
    }
    yearEntry.postCount += 1;
    monthEntry.postCount += 1;
    monthEntry.posts.push({ title: row.title, path: formatPostPath({ slug: row.slug, kind: "post", publishedAt }, blog.timezone) });
  }
  return years;
}
