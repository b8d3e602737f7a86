import { getBlogContext } from "~/lib/blog";
import { parseUpdatedMax } from "~/lib/paging";
import { getApi } from "~/trpc/server";
import { Pager } from "./_components/pager";
import { PostList } from "./_components/post-list";

export default async function HomePage({ searchParams }: PageProps<"/">) {
  const before = parseUpdatedMax((await searchParams)["updated-max"]);
  const [blog, api] = await Promise.all([getBlogContext(), getApi()]);
  const { posts, nextBefore } = await api.post.list({ before });
  return (
    <>
      <h1 className="visually-hidden">{blog.settings.title}</h1>
      <PostList posts={posts} blog={blog} />
      <Pager basePath="/" nextBefore={nextBefore} blog={blog} isFirstPage={!before} />
    </>
  );
}
