import type { Metadata } from "next";
import { getBlogContext } from "~/lib/blog";
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
  return (
    <BlogFrame>
      <NotFoundView blog={blog} />
    </BlogFrame>
  );
}
