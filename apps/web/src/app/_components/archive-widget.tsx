import Link from "next/link";
import type { RouterOutputs } from "@crestwood/api";
import { formatMonth } from "@crestwood/i18n";
import type { BlogContext } from "~/lib/blog";

type Archive = RouterOutputs["post"]["archive"];

/**
 * Blogger's "Blog Archive": years → months → titles with counts, the newest month open. Built on
 * <details>, so it folds and unfolds without JavaScript.
 */
export function ArchiveWidget({ archive, blog }: { archive: Archive; blog: BlogContext }) {
  if (archive.length === 0) return null;
  return (
    <section className="widget archive-widget" aria-labelledby="archive-widget-heading">
      <h2 id="archive-widget-heading">{blog.t.archive.widgetTitle}</h2>
      <ul className="archive-years">
        {archive.map((year, yearIndex) => (
          <li key={year.year}>
            <details open={yearIndex === 0}>
              <summary>
                <Link href={year.path}>{year.year}</Link> <span className="count">({year.postCount})</span>
              </summary>
              <ul className="archive-months">
                {year.months.map((month, monthIndex) => (
                  <li key={month.month}>
                    <details open={yearIndex === 0 && monthIndex === 0}>
                      <summary>
                        <Link href={month.path}>{formatMonth(month.month, blog.language)}</Link>{" "}
                        <span className="count">({month.postCount})</span>
                      </summary>
                      <ul className="archive-posts">
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
