import type { Metadata } from "next";
import { POSTS_FEED_PATH } from "@crestwood/api";
import { getBlogContext } from "~/lib/blog";
import { CacheTag, cacheTags, postListTags } from "~/lib/cache-tags";
import { feedAlternates } from "~/lib/feed-links";
import { parseMaxResults, parseUpdatedMax } from "~/lib/paging";
import { getApi } from "~/trpc/server";
import { Pager } from "~/app/_components/pager";
import { PostList } from "~/app/_components/post-list";

export async function generateMetadata(): Promise<Metadata> {
  return { alternates: feedAlternates(await getBlogContext(), { canonical: "/" }) };
}

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const query = await searchParams;
  const before = parseUpdatedMax(query["updated-max"]);
  const maxResults = parseMaxResults(query["max-results"]);
  const [blog, api] = await Promise.all([getBlogContext(), getApi()]);
  const { posts, nextBefore } = await api.post.list({ before, limit: maxResults });
  await cacheTags(CacheTag.list, ...postListTags(posts));
  return (
    <>
      <h1 className="visually-hidden">{blog.settings.title}</h1>
      <PostList posts={posts} blog={blog} />
      <Pager basePath="/" nextBefore={nextBefore} blog={blog} isFirstPage={!before} maxResults={maxResults} />
      <p className="blog-feeds">
        <a href={POSTS_FEED_PATH} type="application/atom+xml">
          {blog.t.subscribePosts}
        </a>
      </p>
    </>
  );
}
