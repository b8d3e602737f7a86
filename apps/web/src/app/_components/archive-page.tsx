import type { Metadata } from "next";
import Link from "next/link";
import { permanentRedirect } from "next/navigation";
import { formatArchivePath, parseArchivePath, parseLegacyPath, parsePaging, type ArchiveAddress, type Paging } from "@crestwood/api";
import { formatMonthYear, startOfMonthInZone } from "@crestwood/i18n";
import { getBlogContext, type BlogContext } from "~/lib/blog";
import { CacheTag, cacheTags, monthKey, postListTags } from "~/lib/cache-tags";
import { feedAlternates } from "~/lib/feed-links";
import { listPaging } from "~/lib/list-paging";
import { unfoundMetadata } from "~/lib/reader-address";
import { answerWithStatus } from "~/lib/response-status";
import { getApi } from "~/trpc/server";
import { NotFoundView } from "./not-found-view";
import { Pager } from "./pager";
import { PostList } from "./post-list";

type SearchParams = Record<string, string | string[] | undefined>;

function periodName(period: ArchiveAddress, blog: BlogContext): string {
  return period.month ? formatMonthYear(period.year, period.month, blog.language) : String(period.year);
}

/** The first of a period's posts, once per request (metadata and page both ask). */
const periodBounds = (period: ArchiveAddress, blog: BlogContext) => ({
  from: startOfMonthInZone(period.year, period.month ?? 1, blog.timeZone),
  to: startOfMonthInZone(period.year, period.month ? period.month + 1 : 13, blog.timeZone),
});

export async function archiveMetadata(path: string, searchParams: SearchParams): Promise<Metadata> {
  const period = parseArchivePath(path);
  const blog = await getBlogContext();
  if (!period) return parseLegacyPath(path) ? {} : unfoundMetadata(blog);
  // A period without posts is a 404 page: say so in its title too.
  if (!parsePaging(searchParams).cursor && (await (await getApi()).post.list({ ...periodBounds(period, blog), limit: 1 })).posts.length === 0) {
    return unfoundMetadata(blog);
  }
  const name = periodName(period, blog);
  return { title: name, description: blog.t.archive.showingPeriod(name), alternates: feedAlternates(blog, { canonical: formatArchivePath(period) }) };
}

/**
 * The posts of one year or month (/2009/, /2009/02/), newest first, paged like the home page. A
 * single segment that is no year may be one of Blogger's old addresses (/2009_02_01_archive.html,
 * /atom.xml): those lead on permanently; anything else, and a period without posts, is a 404.
 */
export async function ArchivePage({ path, searchParams }: { path: string; searchParams: SearchParams }) {
  // An old form's redirect and a path that is no period follow from the address alone.
  await cacheTags(CacheTag.blog);
  const legacy = parseLegacyPath(path, searchParams);
  if (legacy) permanentRedirect(legacy);
  const [blog, api] = await Promise.all([getBlogContext(), getApi()]);
  const period = parseArchivePath(path);
  if (!period) {
    answerWithStatus(404);
    return <NotFoundView blog={blog} />;
  }
  const paging = parsePaging(searchParams);
  const list = await api.post.list({ ...periodBounds(period, blog), ...listPaging(paging) });
  await cacheTags(CacheTag.archive(period.month ? monthKey(period.year, period.month) : String(period.year)), ...postListTags(list.posts));
  if (list.posts.length === 0 && !paging.cursor) {
    answerWithStatus(404);
    return <NotFoundView blog={blog} />;
  }
  return (
    <>
      <h1 className="visually-hidden">{periodName(period, blog)}</h1>
      <div className="status-message">
        {blog.t.archive.showingPeriod(periodName(period, blog))} <Link href="/">{blog.t.showAllPosts}</Link>
      </div>
      <PostList posts={list.posts} blog={blog} />
      <Pager
        href={(page: Partial<Paging>) => formatArchivePath(period, page)}
        older={list.older}
        newer={list.newer}
        blog={blog}
        isFirstPage={list.newer === null}
        maxResults={paging.maxResults}
      />
    </>
  );
}
