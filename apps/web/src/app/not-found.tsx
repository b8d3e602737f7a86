import type { Metadata } from "next";
import { getBlogContext } from "~/lib/blog";
import { CacheTag, cacheTags } from "~/lib/cache-tags";
import { BlogFrame } from "./_components/blog-frame";
import { NotFoundView } from "./_components/not-found-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getBlogContext();
  return { title: t.notFound.title };
}

/**
 * Addresses no route matches, in the blog's own layout (this renders outside the (blog) group).
 * Reader pages that find nothing render NotFoundView themselves: see lib/response-status.ts.
 */
export default async function NotFound() {
  const blog = await getBlogContext();
  // Nothing here changes with content; the server adds the address itself, which a new post drops.
  await cacheTags(CacheTag.blog);
  return (
    <BlogFrame>
      <NotFoundView blog={blog} />
    </BlogFrame>
  );
}
