import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getBlogContext } from "~/lib/blog";
import { decodeParam } from "~/lib/params";
import { parseUpdatedMax } from "~/lib/paging";
import { getApi } from "~/trpc/server";
import { Pager } from "~/app/_components/pager";
import { PostList } from "~/app/_components/post-list";

export async function generateMetadata({ params }: PageProps<"/search/label/[label]">): Promise<Metadata> {
  return { title: decodeParam((await params).label) };
}

export default async function LabelPage({ params, searchParams }: PageProps<"/search/label/[label]">) {
  const label = decodeParam((await params).label);
  const before = parseUpdatedMax((await searchParams)["updated-max"]);
  const [blog, api] = await Promise.all([getBlogContext(), getApi()]);
  const { posts, nextBefore } = await api.post.list({ label, before });
  if (posts.length === 0 && !before) notFound();
  return (
    <>
      <h1 className="visually-hidden">{label}</h1>
      <div className="status-message">
        {blog.t.showingLabel(label)} <Link href="/">{blog.t.showAllPosts}</Link>
      </div>
      <PostList posts={posts} blog={blog} />
      <Pager basePath={`/search/label/${encodeURIComponent(label)}`} nextBefore={nextBefore} blog={blog} isFirstPage={!before} />
    </>
  );
}
