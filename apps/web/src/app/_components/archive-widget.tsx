import Link from "next/link";
import type { RouterOutputs } from "@crestwood/api";
import { formatMonth, formatMonthYear } from "@crestwood/i18n";
import type { BlogContext } from "~/lib/blog";

type Archive = RouterOutputs["post"]["archive"];

/**
 * Blogger's "Blog Archive": the years with their counts; the open year (the newest post's) with its
 * months, and the open month with its titles. Only that much is in the page, so it weighs about the
 * same for 100 posts as for 100,000; every other year and month is a link to its archive page,
 * which shows it open: no JavaScript needed (reader pages have none). The open parts fold with
 * <details>; a <summary> is itself a control, so the links to the archive pages sit inside the
 * opened part, not in it.
 */
export function ArchiveWidget({ archive, blog }: { archive: Archive; blog: BlogContext }) {
  if (archive.years.length === 0) return null;
  const { t, language } = blog;
  const openYear = archive.openMonth?.slice(0, 4);
  return (
    <section className="widget archive-widget" aria-labelledby="archive-widget-heading">
      <h2 id="archive-widget-heading">{t.archive.widgetTitle}</h2>
      <ul className="archive-years">
        {archive.years.map((year) =>
          String(year.year) === openYear ? (
            <li key={year.year}>
              <details open>
                <summary>
                  {year.year} <span className="count">({year.postCount})</span>
                </summary>
                <ul className="archive-months">
                  <li className="archive-period-link">
                    <Link href={year.path}>{t.archive.allPostsFrom(String(year.year))}</Link>
                  </li>
                  {year.months.map((month) =>
                    month.key === archive.openMonth ? (
                      <li key={month.month}>
                        <details open>
                          <summary>
                            {formatMonth(month.month, language)} <span className="count">({month.postCount})</span>
                          </summary>
                          <ul className="archive-posts">
                            <li className="archive-period-link">
                              <Link href={month.path}>{t.archive.allPostsFrom(formatMonthYear(year.year, month.month, language))}</Link>
                            </li>
                            {month.posts.map((post) => (
                              <li key={post.path}>
                                <Link href={post.path}>{post.title}</Link>
                              </li>
                            ))}
                          </ul>
                        </details>
                      </li>
                    ) : (
                      <li key={month.month} className="archive-link">
                        <Link href={month.path}>{formatMonth(month.month, language)}</Link> <span className="count">({month.postCount})</span>
                      </li>
                    ),
                  )}
                </ul>
              </details>
            </li>
          ) : (
            <li key={year.year} className="archive-link">
              <Link href={year.path}>{year.year}</Link> <span className="count">({year.postCount})</span>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
