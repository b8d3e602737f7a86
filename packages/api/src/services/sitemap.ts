import type { Db } from "@crestwood/db";
import { formatLabelPath, formatPostPath } from "../urls";
import { getBlog } from "./blog";
import { visiblePostWhere } from "./posts";

export interface SitemapEntry {
  path: string;
  lastModified: Date;
}

/**
 * Every address a search engine should know: the home page, posts, pages and labels, each with
 * the time it last changed (a label: its newest post). One sitemap holds up to 50,000 addresses.
 */
export async function listSitemapEntries(db: Db, now = new Date()): Promise<SitemapEntry[]> {
  const blog = await getBlog(db);
  const posts = await db.post.findMany({
    where: visiblePostWhere(now),
    select: { slug: true, kind: true, publishedAt: true, createdAt: true, updatedAt: true, labels: { select: { label: { select: { name: true } } } } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 45_000,
  });
  const later = (a: Date, b: Date) => (a > b ? a : b);
  const labels = new Map<string, Date>();
  let newest = blog.updatedAt;
  const entries = posts.map((post) => {
    const publishedAt = post.publishedAt ?? post.createdAt;
    const lastModified = later(post.updatedAt, publishedAt);
    if (post.kind === "post") {
      newest = later(newest, lastModified);
      for (const { label } of post.labels) labels.set(label.name, later(labels.get(label.name) ?? lastModified, lastModified));
    }
    return { path: formatPostPath({ slug: post.slug, kind: post.kind, publishedAt }, blog.timezone), lastModified };
  });
  const labelEntries = [...labels].sort(([a], [b]) => a.localeCompare(b)).map(([name, lastModified]) => ({ path: formatLabelPath(name), lastModified }));
  return [{ path: "/", lastModified: newest }, ...entries, ...labelEntries];
}
