import Link from "next/link";
import { formatDate, formatTime } from "@crestwood/i18n";
import { POST_STATUSES } from "@crestwood/validators";
import { getAdminContext, requireUser } from "~/lib/admin";
import { AdminTable, Cell } from "../../_components/admin-table";
import { StatusBadge } from "../../_components/status-badge";

type Query = Record<string, string | string[] | undefined>;

function one(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.trim() !== "" ? first : undefined;
}

/** Where posts and pages are listed and edited in the admin. */
export function adminBase(kind: "post" | "page") {
  return kind === "page" ? "/admin/pages" : "/admin/posts";
}

/**
 * Every post (or page) with its status, drafts and scheduled first; search, filters and page
 * number live in the URL (a GET form). Pages have no labels.
 */
export async function PostListPage({ kind, query }: { kind: "post" | "page"; query: Query }) {
  const base = adminBase(kind);
  await requireUser(base);
  const { api, t, blog } = await getAdminContext();
  const status = POST_STATUSES.find((s) => s === one(query.status));
  const filters = { query: one(query.q), label: kind === "post" ? one(query.label) : undefined, status };
  const page = Math.max(1, Number(one(query.page)) || 1);
  const [list, labels] = await Promise.all([api.admin.post.list({ ...filters, kind, page }), kind === "post" ? api.admin.label.list() : Promise.resolve([])]);
  const pageHref = (n: number) => {
    const params = new URLSearchParams(Object.entries({ q: filters.query, label: filters.label, status: filters.status, page: String(n) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `${base}?${params.toString()}`;
  };
  const columns = t.posts.columns;
  const heading = kind === "page" ? t.pages.title : t.posts.title;

  return (
    <>
      <h1>{heading}</h1>
      {kind === "page" ? <p>{t.pages.intro}</p> : null}
      {query.deleted ? (
        <p className="form-notice" role="status">
          {kind === "page" ? t.pages.deleted : t.posts.deleted}
        </p>
      ) : null}
      <form className="admin-toolbar" role="search" action={base}>
        <div className="field">
          <label htmlFor="posts-q">{t.posts.search}</label>
          <input id="posts-q" name="q" type="search" defaultValue={filters.query} />
        </div>
        {kind === "post" ? (
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
        ) : null}
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
        <Link className="button primary" href={`${base}/new`}>
          {kind === "page" ? t.pages.newPage : blog.t.admin.nav.newPost}
        </Link>
      </form>

      {list.posts.length === 0 ? (
        <p>{kind === "page" && !filters.query && !filters.status ? t.pages.empty : t.posts.empty}</p>
      ) : (
        <AdminTable
          columns={[
            { label: columns.title },
            { label: columns.status },
            ...(kind === "post" ? [{ label: columns.labels }] : []),
            { label: columns.date },
            { label: columns.author },
            { label: columns.comments },
          ]}
        >
          {list.posts.map((post) => (
            <tr key={post.id}>
              <Cell label={columns.title}>
                <Link href={`${base}/${post.id}`}>{post.title}</Link>
                {post.status === "published" && post.path ? (
                  <>
                    {" "}
                    · <Link href={post.path}>{t.posts.view}</Link>
                  </>
                ) : null}
              </Cell>
              <Cell label={columns.status}>
                <StatusBadge status={post.status} t={t} />
              </Cell>
              {kind === "post" ? <Cell label={columns.labels}>{post.labels.join(", ") || "–"}</Cell> : null}
              <Cell label={columns.date}>
                {post.publishedAt ? (
                  <time dateTime={post.publishedAt.toISOString()}>
                    {formatDate(post.publishedAt, blog.language, blog.timeZone)} {formatTime(post.publishedAt, blog.language, blog.timeZone)}
                  </time>
                ) : (
                  "–"
                )}
              </Cell>
              <Cell label={columns.author}>{post.authorName ?? "–"}</Cell>
              <Cell label={columns.comments}>{post.commentCount}</Cell>
            </tr>
          ))}
        </AdminTable>
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
