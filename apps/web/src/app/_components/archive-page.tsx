import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { archivePath } from "@crestwood/api";
import { formatMonthYear, startOfMonthInZone } from "@crestwood/i18n";
import { getBlogContext, type BlogContext } from "~/lib/blog";
import { CacheTag, cacheTags, monthKey, postListTags } from "~/lib/cache-tags";
import { feedAlternates } from "~/lib/feed-links";
import { parseMaxResults, parseUpdatedMax } from "~/lib/paging";
import { getApi } from "~/trpc/server";
import { Pager } from "./pager";
import { PostList } from "./post-list";

/**
 * A period of Blogger's archive from its URL segments (/2009/ or /2009/02/), or null when they are
 * not a 4-digit year and a 2-digit month: those addresses are nobody's archive and get a 404.
 */
export function parseArchivePeriod(year: string, month?: string): { year: number; month?: number } | null {
  if (!/^\d{4}$/.test(year)) return null;
  if (month === undefined) return { year: Number(year) };
  if (!/^(0[1-9]|1[0-2])$/.test(month)) return null;
  return { year: Number(year), month: Number(month) };
}

function periodName(period: { year: number; month?: number }, blog: BlogContext): string {
  return period.month ? formatMonthYear(period.year, period.month, blog.language) : String(period.year);
}

export async function archiveMetadata(period: { year: number; month?: number } | null): Promise<Metadata> {
  if (!period) return {};
  const blog = await getBlogContext();
  const path = archivePath(period.year, period.month);
  const name = periodName(period, blog);
  return { title: name, description: blog.t.archive.showingPeriod(name), alternates: feedAlternates(blog, { canonical: path }) };
}

/** The posts of one year or month, newest first, paged like the home page. */
export async function ArchivePage({ period, searchParams }: { period: { year: number; month?: number } | null; searchParams: Record<string, string | string[] | undefined> }) {
  if (!period) notFound();
  const [blog, api] = await Promise.all([getBlogContext(), getApi()]);
  const start = startOfMonthInZone(period.year, period.month ?? 1, blog.timeZone);
  const end = startOfMonthInZone(period.year, period.month ? period.month + 1 : 13, blog.timeZone);
  const updatedMax = parseUpdatedMax(searchParams["updated-max"]);
  const before = updatedMax && updatedMax < end ? updatedMax : end;
  const maxResults = parseMaxResults(searchParams["max-results"]);
  const { posts, nextBefore } = await api.post.list({ after: start, before, limit: maxResults });
  await cacheTags(CacheTag.archive(period.month ? monthKey(period.year, period.month) : String(period.year)), ...postListTags(posts));
  if (posts.length === 0 && !updatedMax) notFound();
  const path = archivePath(period.year, period.month);
  return (
    <>
      <h1 className="visually-hidden">{periodName(period, blog)}</h1>
      <div className="status-message">
        {blog.t.archive.showingPeriod(periodName(period, blog))} <Link href="/">{blog.t.showAllPosts}</Link>
      </div>
      <PostList posts={posts} blog={blog} />
      <Pager basePath={path} nextBefore={nextBefore} blog={blog} isFirstPage={!updatedMax} maxResults={maxResults} />
    </>
  );
}
