import type { BlogContext } from "~/lib/blog";

/** The search box: a plain GET form to /search, so it works without JavaScript and can be bookmarked. */
export function SearchForm({ blog }: { blog: BlogContext }) {
  const t = blog.t.search;
  return (
    <form className="search-form" role="search" action="/search" method="get">
      <label htmlFor="search-q">{t.label}</label>
      <div className="search-row">
        <input id="search-q" name="q" type="search" maxLength={200} required />
        <button type="submit">{t.submit}</button>
      </div>
    </form>
  );
}
