import type { Metadata } from "next";
import Link from "next/link";
import { formatFeedPath, formatLabelPath, parsePaging, type Paging } from "@crestwood/api";
import { getBlogContext } from "~/lib/blog";
import { CacheTag, cacheTags, postListTags } from "~/lib/cache-tags";
import { feedAlternates } from "~/lib/feed-links";
import { listPaging } from "~/lib/list-paging";
import { answerUnfound, resolveReaderAddress, unfoundMetadata } from "~/lib/reader-address";
import { getApi } from "~/trpc/server";
import { NotFoundView } from "~/app/_components/not-found-view";
import { Pager } from "~/app/_components/pager";
import { PostList } from "~/app/_components/post-list";

export async function generateMetadata({ params }: PageProps<"/search/label/[label]">): Promise<Metadata> {
  const [answer, blog] = await Promise.all([resolveReaderAddress(`/search/label/${(await params).label}`), getBlogContext()]);
  if (answer.status !== "label") return answer.status === "moved" ? {} : unfoundMetadata(blog, answer.status === "gone");
  const label = answer.name;
  return {
    title: label,
    description: blog.t.showingLabel(label),
    alternates: feedAlternates(blog, { canonical: formatLabelPath(label), label }),
    openGraph: { title: label, url: formatLabelPath(label) },
  };
}

/** /search/label/<name>: the label's posts, paged. A renamed or merged label's old name leads here. */
export default async function LabelPage({ params, searchParams }: PageProps<"/search/label/[label]">) {
  const [answer, blog, query] = await Promise.all([resolveReaderAddress(`/search/label/${(await params).label}`), getBlogContext(), searchParams]);
  if (answer.status !== "label") return <NotFoundView blog={blog} gone={answerUnfound(answer, query) === "gone"} />;
  const label = answer.name;
  const paging = parsePaging(query);
  const list = await (await getApi()).post.list({ label, ...listPaging(paging) });
  await cacheTags(CacheTag.label(label), ...postListTags(list.posts));
  return (
    <>
      <h1 className="visually-hidden">{label}</h1>
      <div className="status-message">
        {blog.t.showingLabel(label)} <Link href="/">{blog.t.showAllPosts}</Link>
      </div>
      <PostList posts={list.posts} blog={blog} />
      <Pager
        href={(page: Partial<Paging>) => formatLabelPath(label, page)}
        older={list.older}
        newer={list.newer}
        blog={blog}
        isFirstPage={list.newer === null}
        maxResults={paging.maxResults}
      />
      <p className="blog-feeds">
        <a href={formatFeedPath({ feed: "posts", label })} type="application/atom+xml">
          {blog.t.subscribePosts}
        </a>
      </p>
    </>
  );
}
