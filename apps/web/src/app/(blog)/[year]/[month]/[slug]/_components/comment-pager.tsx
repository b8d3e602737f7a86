import type { CommentPage } from "@crestwood/api";
import type { BlogContext } from "~/lib/blog";

/** Links between the pages of a long comment thread (shown only when there is more than one). */
export function CommentPager({ page, postPath, blog }: { page: CommentPage; postPath: string; blog: BlogContext }) {
  if (page.pageCount <= 1) return null;
  const t = blog.t.commentPages;
  const href = (n: number) => `${postPath}${n > 1 ? `?commentPage=${n}` : ""}#comments`;
  return (
    <nav className="comment-pager" aria-label={t.label}>
      {page.page > 1 ? (
        <a href={href(page.page - 1)} rel="prev">
          {t.earlier}
        </a>
      ) : null}
      <span>{t.showing(page.first, page.first + page.comments.length - 1, page.total)}</span>
      {page.page < page.pageCount ? (
        <a href={href(page.page + 1)} rel="next">
          {t.later}
        </a>
      ) : null}
    </nav>
  );
}
