import Link from "next/link";
import type { Cursor, Paging } from "@crestwood/api";
import type { BlogContext } from "~/lib/blog";

/**
 * "Nyare inlägg" / "Startsida" / "Äldre inlägg" under a list, as Blogger links them:
 * ?updated-max=<cursor> (with reverse-paginate=true going newer), keeping the reader's max-results.
 * Plain links: paging needs no JavaScript.
 */
export function Pager({
  href,
  older,
  newer,
  blog,
  isFirstPage,
  maxResults,
}: {
  /** The list's address for a page of it. */
  href: (paging: Partial<Paging>) => string;
  older: Cursor | null;
  newer: Cursor | "first" | null;
  blog: BlogContext;
  isFirstPage: boolean;
  maxResults?: number;
}) {
  if (!older && !newer && isFirstPage) return null;
  const { t } = blog;
  const newerHref = newer === "first" ? href({ maxResults }) : newer ? href({ cursor: newer, direction: "newer", maxResults }) : null;
  return (
    <nav className="blog-pager" aria-label={t.blogNavigation}>
      {newerHref ? (
        <Link className="newer-link" href={newerHref} rel="prev">
          {t.newerPosts}
        </Link>
      ) : null}
      {!isFirstPage ? (
        <Link className="home-link" href="/">
          {t.home}
        </Link>
      ) : null}
      {older ? (
        <Link className="older-link" href={href({ cursor: older, direction: "older", maxResults })} rel="next">
          {t.olderPosts}
        </Link>
      ) : null}
    </nav>
  );
}
