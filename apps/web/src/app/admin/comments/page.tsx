import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatTime } from "@crestwood/i18n";
import { COMMENT_STATUSES } from "@crestwood/validators";
import { getAdminContext, requireUser } from "~/lib/admin";
import { CommentActions } from "./_components/comment-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.comments.title };
}

/** The moderation queue: held comments first, then published and spam, one tab each. */
export default async function CommentsPage({ searchParams }: PageProps<"/admin/comments">) {
  await requireUser("/admin/comments");
  const [{ api, t, blog }, query] = await Promise.all([getAdminContext(), searchParams]);
  const status = COMMENT_STATUSES.find((s) => s === query.status) ?? "pending";
  const page = Math.max(1, Number(query.page) || 1);
  const list = await api.admin.comment.list({ status, page });

  return (
    <>
      <h1>{t.comments.title}</h1>
      <nav aria-label={t.comments.tabs}>
        <ul className="tabs">
          {COMMENT_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/admin/comments?status=${s}`} aria-current={s === status ? "page" : undefined}>
                {t.comments.statuses[s]} ({list.counts[s] ?? 0})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.comments.length === 0 ? (
        <p>{t.comments.empty}</p>
      ) : (
        <ol className="comment-queue">
          {list.comments.map((comment) => (
            <li key={comment.id} aria-label={`${comment.authorName}: ${comment.post.title}`}>
              <p className="comment-meta">
                <strong>{comment.authorName}</strong>
                {comment.byAuthor ? ` (${t.comments.authorReply})` : null}
                {comment.inReplyTo ? ` · ${t.comments.inReplyTo(comment.inReplyTo)}` : null} · {t.comments.onPost}{" "}
                {comment.post.path ? <Link href={comment.post.path}>{comment.post.title}</Link> : comment.post.title} ·{" "}
                <time dateTime={comment.createdAt.toISOString()}>
                  {formatDate(comment.createdAt, blog.language, blog.timeZone)} {formatTime(comment.createdAt, blog.language, blog.timeZone)}
                </time>
              </p>
              <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
              <CommentActions id={comment.id} status={comment.status} language={blog.language} />
            </li>
          ))}
        </ol>
      )}
      {list.pageCount > 1 ? (
        <nav className="admin-pager" aria-label={t.posts.pagination}>
          {list.page > 1 ? <Link href={`/admin/comments?status=${status}&page=${list.page - 1}`}>{t.posts.previous}</Link> : null}
          <span>{t.posts.pageOf(list.page, list.pageCount)}</span>
          {list.page < list.pageCount ? <Link href={`/admin/comments?status=${status}&page=${list.page + 1}`}>{t.posts.next}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
