import type { Metadata } from "next";
import { TRASH_DAYS } from "@crestwood/api";
import { formatDate } from "@crestwood/i18n";
import { getAdminContext, requireUser } from "~/lib/admin";
import { TrashButtons } from "./_components/trash-buttons";
import "../_components/account-and-history.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.trash.title };
}

/** What was deleted in the last 30 days: the owner sees everything, an author their own posts' items. */
export default async function TrashPage() {
  await requireUser("/admin/trash");
  const { api, t, blog } = await getAdminContext();
  const trash = await api.admin.trash.list();
  const date = (value: Date) => formatDate(value, blog.language, blog.timeZone);
  return (
    <>
      <h1>{t.trash.title}</h1>
      <p>{t.trash.intro(TRASH_DAYS)}</p>
      <section aria-labelledby="trash-posts-heading">
        <h2 id="trash-posts-heading">{t.trash.posts}</h2>
        {trash.posts.length === 0 ? (
          <p>{t.trash.empty}</p>
        ) : (
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t.trash.titleColumn}</th>
                <th scope="col">{t.trash.address}</th>
                <th scope="col">{t.trash.deleted}</th>
                <th scope="col">{t.trash.purged}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.trash.restore}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {trash.posts.map((post) => (
                <tr key={post.id}>
                  <th scope="row">
                    {post.title} <span className="field-hint">({post.kind === "page" ? t.trash.page : t.trash.post}, {t.trash.commentsCount(post.commentCount)})</span>
                  </th>
                  <td>{post.path ? <code>{post.path}</code> : "–"}</td>
                  <td>{date(post.trashedAt)}</td>
                  <td>{date(post.purgeAt)}</td>
                  <td>{post.canRestore ? <TrashButtons kind="post" id={post.id} name={post.title} language={blog.language} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="trash-comments-heading">
        <h2 id="trash-comments-heading">{t.trash.comments}</h2>
        {trash.comments.length === 0 ? (
          <p>{t.trash.empty}</p>
        ) : (
          <ol className="comment-queue">
            {trash.comments.map((comment) => (
              <li key={comment.id}>
                <p className="comment-meta">
                  <strong>{comment.authorName}</strong> {t.trash.commentOn(comment.postTitle)} · {t.trash.deleted} {date(comment.trashedAt)} · {t.trash.purged} {date(comment.purgeAt)}
                </p>
                <p>{comment.excerpt}</p>
                <TrashButtons kind="comment" id={comment.id} name={`${comment.authorName}: ${comment.excerpt.slice(0, 40)}`} language={blog.language} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
