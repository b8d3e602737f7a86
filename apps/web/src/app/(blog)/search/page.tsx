import type { Metadata } from "next";
import Link from "next/link";
import { permanentRedirect } from "next/navigation";
import { parseLegacyPath } from "@crestwood/api";
import { parseError } from "@crestwood/client";
import { formatDate } from "@crestwood/i18n";
import type { SearchResult } from "@crestwood/api";
import { getBlogContext } from "~/lib/blog";
import { CacheTag, cacheTags, postListTags } from "~/lib/cache-tags";
import { getApi } from "~/trpc/server";

function queryOf(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export async function generateMetadata({ searchParams }: PageProps<"/search">): Promise<Metadata> {
  const q = queryOf((await searchParams).q);
  const { t } = await getBlogContext();
  // Result pages are endless and change daily: not for search engines' indexes.
  return { title: q ? t.search.title(q) : t.search.label, robots: { index: false, follow: true } };
}

/** Full-text search (/search?q=...), best matches first, matched words highlighted. */
export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const query = await searchParams;
  // Blogger's own paging and archive links went through /search (?updated-max=…): they lead on.
  const legacy = parseLegacyPath("/search", query);
  if (legacy) permanentRedirect(legacy);
  const q = queryOf(query.q);
  const [blog, api] = await Promise.all([getBlogContext(), getApi()]);
  const { t, language, timeZone } = blog;
  let results: SearchResult[] | null = null;
  if (q) {
    try {
      results = (await api.post.search({ q })).results;
    } catch (error) {
      // Too long a query: say what to do rather than fail.
      if (parseError(error).code !== "BAD_REQUEST") throw error;
    }
  }
  await cacheTags(CacheTag.search, ...postListTags(results?.map((result) => result.post) ?? []));
  return (
    <>
      <h1 className="visually-hidden">{q ? t.search.title(q) : t.search.label}</h1>
      <div className="status-message" role="status">
        {results === null ? t.search.empty : results.length === 0 ? t.search.noResults : t.search.showing(q)}{" "}
        <Link href="/">{t.showAllPosts}</Link>
      </div>
      {results && results.length > 0 ? (
        <ol className="search-results">
          {results.map(({ post, titleHtml, snippetHtml }) => (
            <li key={post.id} className="search-result">
              <h2>
                <Link href={post.path} dangerouslySetInnerHTML={{ __html: titleHtml }} />
              </h2>
              <p>
                <time dateTime={post.publishedAt.toISOString()}>{formatDate(post.publishedAt, language, timeZone)}</time>
                {snippetHtml ? <> – <span dangerouslySetInnerHTML={{ __html: snippetHtml }} /></> : null}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
