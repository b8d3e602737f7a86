import type { BlogContext } from "~/lib/blog";

/**
 * The search box: a plain GET form to /search, so it works without JavaScript and can be
 * bookmarked. `id` tells two boxes on one page apart (the sidebar's and a 404 page's).
 */
export function SearchForm({ blog, id = "search-q" }: { blog: BlogContext; id?: string }) {
  const t = blog.t.search;
  return (
    <form className="search-form" role="search" action="/search" method="get">
      <label htmlFor={id}>{t.label}</label>
      <div className="search-row">
        <input id={id} name="q" type="search" maxLength={200} required />
        <button type="submit">{t.submit}</button>
      </div>
    </form>
  );
}
