import type { Metadata } from "next";
import { formatFeedPath, formatHomePath, parsePaging } from "@crestwood/api";
import { getBlogContext } from "~/lib/blog";
import { CacheTag, cacheTags, postListTags } from "~/lib/cache-tags";
import { feedAlternates } from "~/lib/feed-links";
import { listPaging } from "~/lib/list-paging";
import { getApi } from "~/trpc/server";
import { Pager } from "~/app/_components/pager";
import { PostList } from "~/app/_components/post-list";

export async function generateMetadata(): Promise<Metadata> {
  return { alternates: feedAlternates(await getBlogContext(), { canonical: "/" }) };
}

/** The newest posts, paged with Blogger's ?updated-max= links both ways. */
export default async function HomePage({ searchParams }: PageProps<"/">) {
  const paging = parsePaging(await searchParams);
  const [blog, api] = await Promise.all([getBlogContext(), getApi()]);
  const list = await api.post.list(listPaging(paging));
  await cacheTags(CacheTag.list, ...postListTags(list.posts));
  return (
    <>
      <h1 className="visually-hidden">{blog.settings.title}</h1>
      <PostList posts={list.posts} blog={blog} />
      <Pager href={formatHomePath} older={list.older} newer={list.newer} blog={blog} isFirstPage={list.newer === null} maxResults={paging.maxResults} />
      <p className="blog-feeds">
        <a href={formatFeedPath({ feed: "posts" })} type="application/atom+xml">
          {blog.t.subscribePosts}
        </a>
      </p>
    </>
  );
}
