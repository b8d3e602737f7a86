import Link from "next/link";
import type { BlogContext } from "~/lib/blog";

/**
 * "Older posts" as Blogger links it: ?updated-max=<time of the last post shown>, keeping the
 * reader's max-results.
 */
export function Pager({
  basePath,
  nextBefore,
  blog,
  isFirstPage,
  maxResults,
}: {
  basePath: string;
  nextBefore: Date | null;
  blog: BlogContext;
  isFirstPage: boolean;
  maxResults?: number;
}) {
  if (!nextBefore && isFirstPage) return null;
  const size = maxResults ? `max-results=${maxResults}` : "";
  const older = nextBefore ? `${basePath}?updated-max=${encodeURIComponent(nextBefore.toISOString())}${size ? `&${size}` : ""}` : null;
  return (
    <nav className="blog-pager" aria-label={blog.t.blogNavigation}>
      {!isFirstPage ? (
        <Link className="home-link" href={size ? `${basePath}?${size}` : basePath}>
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
