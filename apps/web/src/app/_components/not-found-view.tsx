import Link from "next/link";
import type { BlogContext } from "~/lib/blog";
import { SearchForm } from "./search-form";

/**
 * What a reader sees where nothing is (404) or something was deleted (410): a heading that says
 * so, a search box and the way home. Rendered on the server inside the blog's layout.
 */
export function NotFoundView({ blog, gone = false }: { blog: BlogContext; gone?: boolean }) {
  const text = gone ? blog.t.gone : blog.t.notFound;
  return (
    <div className="not-found">
      <h1>{text.title}</h1>
      <p>{text.text}</p>
      <SearchForm blog={blog} id="not-found-search" />
      <p>
        <Link href="/">&lt;&lt; {blog.t.home}</Link>
      </p>
    </div>
  );
}
