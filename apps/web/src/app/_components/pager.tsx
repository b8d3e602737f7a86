import Link from "next/link";
import type { BlogContext } from "~/lib/blog";

/** "Older posts" as Blogger links it: ?updated-max=<time of the last post shown>. */
export function Pager({ basePath, nextBefore, blog, isFirstPage }: { basePath: string; nextBefore: Date | null; blog: BlogContext; isFirstPage: boolean }) {
  if (!nextBefore && isFirstPage) return null;
  const older = nextBefore ? `${basePath}?updated-max=${encodeURIComponent(nextBefore.toISOString())}` : null;
  return (
    <nav className="blog-pager" aria-label={blog.t.blogNavigation}>
      {!isFirstPage ? (
        <Link className="home-link" href={basePath}>
          {blog.t.home}
        </Link>
      ) : null}
      {older ? (
        <Link className="older-link" href={older} rel="next">
          {blog.t.olderPosts}
        </Link>
      ) : null}
    </nav>
  );
}
