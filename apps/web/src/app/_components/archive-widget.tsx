import Link from "next/link";
import type { RouterOutputs } from "@crestwood/api";
import { formatMonth, formatMonthYear } from "@crestwood/i18n";
import type { BlogContext } from "~/lib/blog";

type Archive = RouterOutputs["post"]["archive"];

/**
 * Blogger's "Blog Archive": years → months → titles with counts, the newest month open. Built on
 * <details>, so it folds and unfolds without JavaScript. A <summary> is itself a control, so the
 * links to the archive pages sit inside the opened part, not in it.
 */
export function ArchiveWidget({ archive, blog }: { archive: Archive; blog: BlogContext }) {
  if (archive.length === 0) return null;
  const { t, language } = blog;
  return (
    <section className="widget archive-widget" aria-labelledby="archive-widget-heading">
      <h2 id="archive-widget-heading">{t.archive.widgetTitle}</h2>
      <ul className="archive-years">
        {archive.map((year, yearIndex) => (
          <li key={year.year}>
            <details open={yearIndex === 0}>
              <summary>
                {year.year} <span className="count">({year.postCount})</span>
              </summary>
              <ul className="archive-months">
                <li className="archive-period-link">
                  <Link href={year.path}>{t.archive.allPostsFrom(String(year.year))}</Link>
                </li>
                {year.months.map((month, monthIndex) => (
                  <li key={month.month}>
                    <details open={yearIndex === 0 && monthIndex === 0}>
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
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
