import type { Metadata } from "next";
import Link from "next/link";
import { getBlogContext } from "~/lib/blog";
import { postMetadata } from "~/lib/post-metadata";
import { answerUnfound, resolveReaderAddress, unfoundMetadata } from "~/lib/reader-address";
import { NotFoundView } from "~/app/_components/not-found-view";
import { PostArticle } from "~/app/_components/post-article";

export async function generateMetadata({ params }: PageProps<"/p/[slug]">): Promise<Metadata> {
  const [answer, blog] = await Promise.all([resolveReaderAddress(`/p/${(await params).slug}`), getBlogContext()]);
  if (answer.status === "post") return postMetadata(answer.post, blog);
  return answer.status === "moved" ? {} : unfoundMetadata(blog, answer.status === "gone");
}

/** A static page (/p/about.html): a post of kind "page", outside feeds and the home list. */
export default async function StaticPage({ params, searchParams }: PageProps<"/p/[slug]">) {
  const [answer, blog, query] = await Promise.all([resolveReaderAddress(`/p/${(await params).slug}`), getBlogContext(), searchParams]);
  if (answer.status !== "post") return <NotFoundView blog={blog} gone={answerUnfound(answer, query) === "gone"} />;
  return (
    <>
      <PostArticle post={answer.post} blog={blog} standalone />
      <nav className="blog-pager" aria-label={blog.t.blogNavigation}>
        <Link className="home-link" href="/">
          {blog.t.home}
        </Link>
      </nav>
    </>
  );
}
