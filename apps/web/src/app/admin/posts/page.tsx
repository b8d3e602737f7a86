import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatTime } from "@crestwood/i18n";
import { POST_STATUSES } from "@crestwood/validators";
import { getAdminContext, requireUser } from "~/lib/admin";
import { StatusBadge } from "../_components/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.posts.title };
}

function one(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.trim() !== "" ? first : undefined;
}

/** Every post with its status; search, filters and page number live in the URL (a GET form). */
export default async function PostsPage({ searchParams }: PageProps<"/admin/posts">) {
  await requireUser("/admin/posts");
  const [{ api, t, blog }, query] = await Promise.all([getAdminContext(), searchParams]);
  const status = POST_STATUSES.find((s) => s === one(query.status));
  const filters = { query: one(query.q), label: one(query.label), status };
  const page = Math.max(1, Number(one(query.page)) || 1);
  const [list, labels] = await Promise.all([api.admin.post.list({ ...filters, page }), api.admin.label.list()]);
  const pageHref = (n: number) => {
    const params = new URLSearchParams(Object.entries({ q: filters.query, label: filters.label, status: filters.status, page: String(n) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `/admin/posts?${params.toString()}`;
  };

  return (
    <>
      <h1>{t.posts.title}</h1>
      {query.deleted ? (
        <p className="form-notice" role="status">
          {t.posts.deleted}
        </p>
      ) : null}
      <form className="admin-toolbar" role="search" action="/admin/posts">
        <div className="field">
          <label htmlFor="posts-q">{t.posts.search}</label>
          <input id="posts-q" name="q" type="search" defaultValue={filters.query} />
        </div>
        <div className="field">
          <label htmlFor="posts-label">{t.posts.label}</label>
          <select id="posts-label" name="label" defaultValue={filters.label ?? ""}>
            <option value="">{t.posts.anyLabel}</option>
            {labels.map((label) => (
              <option key={label.id} value={label.name}>
                {label.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="posts-status">{t.posts.status}</label>
          <select id="posts-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t.posts.anyStatus}</option>
            {POST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.status[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t.posts.filter}</button>
        <Link className="button primary" href="/admin/posts/new">
          {blog.t.admin.nav.newPost}
        </Link>
      </form>

      {list.posts.length === 0 ? (
        <p>{t.posts.empty}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t.posts.columns.title}</th>
              <th scope="col">{t.posts.columns.status}</th>
              <th scope="col">{t.posts.columns.labels}</th>
              <th scope="col">{t.posts.columns.date}</th>
              <th scope="col">{t.posts.columns.author}</th>
              <th scope="col">{t.posts.columns.comments}</th>
            </tr>
          </thead>
          <tbody>
            {list.posts.map((post) => (
              <tr key={post.id}>
                <td>
                  <Link href={`/admin/posts/${post.id}`}>{post.title}</Link>
                  {post.status === "published" && post.path ? (
                    <>
                      {" "}
                      · <Link href={post.path}>{t.posts.view}</Link>
                    </>
                  ) : null}
                </td>
                <td>
                  <StatusBadge status={post.status} t={t} />
                </td>
                <td>{post.labels.join(", ")}</td>
                <td>
                  {post.publishedAt ? (
                    <time dateTime={post.publishedAt.toISOString()}>
                      {formatDate(post.publishedAt, blog.language, blog.timeZone)} {formatTime(post.publishedAt, blog.language, blog.timeZone)}
                    </time>
                  ) : (
                    "–"
                  )}
                </td>
                <td>{post.authorName ?? "–"}</td>
                <td>{post.commentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.pageCount > 1 ? (
        <nav className="admin-pager" aria-label={t.posts.pagination}>
          {list.page > 1 ? <Link href={pageHref(list.page - 1)}>{t.posts.previous}</Link> : null}
          <span>{t.posts.pageOf(list.page, list.pageCount)}</span>
          {list.page < list.pageCount ? <Link href={pageHref(list.page + 1)}>{t.posts.next}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
