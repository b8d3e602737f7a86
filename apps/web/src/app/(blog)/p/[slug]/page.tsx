import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getBlogContext } from "~/lib/blog";
import { decodeParam } from "~/lib/params";
import { findPostBySlugSegment, postMetadata, redirectFromLegacyPath } from "~/lib/post-lookup";
import { PostArticle } from "~/app/_components/post-article";

export async function generateMetadata({ params }: PageProps<"/p/[slug]">): Promise<Metadata> {
  const page = await findPostBySlugSegment((await params).slug);
  if (!page) return {};
  return postMetadata(page, await getBlogContext());
}

/** A static page (/p/about.html): a post of kind "page", outside feeds and the home list. */
export default async function StaticPage({ params }: PageProps<"/p/[slug]">) {
  const { slug } = await params;
  const page = await findPostBySlugSegment(slug);
  if (!page) {
    await redirectFromLegacyPath(`/p/${slug}`);
    notFound();
  }
  // A post asked for as a page goes to its dated permalink.
  if (`/p/${decodeParam(slug)}` !== page.path) permanentRedirect(page.path);
  const blog = await getBlogContext();
  return (
    <>
      <PostArticle post={page} blog={blog} standalone />
      <nav className="blog-pager" aria-label={blog.t.blogNavigation}>
        <Link className="home-link" href="/">
          &lt;&lt; {blog.t.home}
        </Link>
      </nav>
    </>
  );
}
