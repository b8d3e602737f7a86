import type { Db } from "@crestwood/db";
import { formatLabelPath, formatPostPath } from "../urls";
import { getBlog } from "./blog";
import { visiblePostWhere } from "./posts";

export interface SitemapEntry {
  path: string;
  lastModified: Date;
}

/** Addresses per sitemap: below the protocol's 50,000 (and its 50 MB) with room to spare. */
export const SITEMAP_URLS_PER_PAGE = 45_000;

/**
 * Every address a search engine should know: the home page, posts, pages and labels, each with
 * the time it last changed (a label: its newest post).
 */
export async function listSitemapEntries(db: Db, now = new Date()): Promise<SitemapEntry[]> {
  const blog = await getBlog(db);
  const posts = await db.post.findMany({
    where: visiblePostWhere(now),
    select: { slug: true, kind: true, publishedAt: true, createdAt: true, updatedAt: true, labels: { select: { label: { select: { name: true } } } } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
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

/**
 * Blogger's layout: /sitemap.xml is an index of /sitemap.xml?page=1, 2, … each holding up to
 * `perPage` addresses, as many as the blog needs. `page` undefined: the index; past the end: null.
 */
export async function getSitemap(db: Db, page: number | undefined, perPage = SITEMAP_URLS_PER_PAGE, now = new Date()) {
  const entries = await listSitemapEntries(db, now);
  const pageCount = Math.max(1, Math.ceil(entries.length / perPage));
  if (page === undefined) {
    const pages = Array.from({ length: pageCount }, (_, index) => {
      const chunk = entries.slice(index * perPage, (index + 1) * perPage);
      const lastModified = chunk.reduce((latest, entry) => (entry.lastModified > latest ? entry.lastModified : latest), new Date(0));
      return { page: index + 1, lastModified };
    });
    return { kind: "index" as const, pages };
  }
  if (page > pageCount) return null;
  return { kind: "urls" as const, entries: entries.slice((page - 1) * perPage, page * perPage) };
}
