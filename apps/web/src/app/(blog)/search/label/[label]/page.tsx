import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { labelFeedPath, labelPath } from "@crestwood/api";
import { getBlogContext } from "~/lib/blog";
import { CacheTag, cacheTags, postListTags } from "~/lib/cache-tags";
import { feedAlternates } from "~/lib/feed-links";
import { decodeParam } from "~/lib/params";
import { parseMaxResults, parseUpdatedMax } from "~/lib/paging";
import { getApi } from "~/trpc/server";
import { Pager } from "~/app/_components/pager";
import { PostList } from "~/app/_components/post-list";

export async function generateMetadata({ params }: PageProps<"/search/label/[label]">): Promise<Metadata> {
  const label = decodeParam((await params).label);
  const blog = await getBlogContext();
  return {
    title: label,
    description: blog.t.showingLabel(label),
    alternates: feedAlternates(blog, { canonical: labelPath(label), label }),
    openGraph: { title: label, url: labelPath(label) },
  };
}

export default async function LabelPage({ params, searchParams }: PageProps<"/search/label/[label]">) {
  const label = decodeParam((await params).label);
  const query = await searchParams;
  const before = parseUpdatedMax(query["updated-max"]);
  const maxResults = parseMaxResults(query["max-results"]);
  const [blog, api] = await Promise.all([getBlogContext(), getApi()]);
  const { posts, nextBefore } = await api.post.list({ label, before, limit: maxResults });
  await cacheTags(CacheTag.label(label), ...postListTags(posts));
  if (posts.length === 0 && !before) notFound();
  return (
    <>
      <h1 className="visually-hidden">{label}</h1>
      <div className="status-message">
        {blog.t.showingLabel(label)} <Link href="/">{blog.t.showAllPosts}</Link>
      </div>
      <PostList posts={posts} blog={blog} />
      <Pager basePath={labelPath(label)} nextBefore={nextBefore} blog={blog} isFirstPage={!before} maxResults={maxResults} />
      <p className="blog-feeds">
        <a href={labelFeedPath(label)} type="application/atom+xml">
          {blog.t.subscribePosts}
        </a>
      </p>
    </>
  );
}
