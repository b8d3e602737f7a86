import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@crestwood/i18n";
import { FOLLOWER_STATUSES } from "@crestwood/validators";
import { getAdminContext, requireOwner } from "~/lib/admin";
import { ConfirmedActionButton } from "../_components/confirmed-action-button";
import { removeFollowerAction } from "./_components/actions";
import "../_components/account-and-history.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.followers.title };
}

/** Readers following by e-mail, with their state; export as CSV. */
export default async function FollowersPage({ searchParams }: PageProps<"/admin/followers">) {
  const owner = await requireOwner("/admin/followers");
  const [{ api, t, blog }, query] = await Promise.all([getAdminContext(), searchParams]);
  if (!owner) return <p role="alert">{t.errors.forbidden}</p>;
  const status = FOLLOWER_STATUSES.find((value) => value === query.status);
  const page = typeof query.page === "string" ? query.page : "1";
  const list = await api.admin.mail.followers({ status, page });
  const href = (next: { status?: string; page?: number }) => {
    const params = new URLSearchParams();
    if (next.status) params.set("status", next.status);
    if (next.page && next.page > 1) params.set("page", String(next.page));
    return `/admin/followers${params.size ? `?${params}` : ""}`;
  };
  return (
    <>
      <h1>{t.followers.title}</h1>
      <p>{t.followers.intro}</p>
      <p>
        {t.followers.counts(list.counts.confirmed ?? 0, list.counts.pending ?? 0)} <a href="/admin/followers/export" download>{t.followers.export}</a>
      </p>
      <nav aria-label={t.followers.filter}>
        <ul className="tabs">
          <li>
            <Link href={href({})} aria-current={status ? undefined : "page"}>
              {t.followers.all}
            </Link>
          </li>
          {FOLLOWER_STATUSES.map((value) => (
            <li key={value}>
              <Link href={href({ status: value })} aria-current={status === value ? "page" : undefined}>
                {t.followers.statuses[value]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.followers.length === 0 ? (
        <p>{t.followers.empty}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t.followers.columns.email}</th>
              <th scope="col">{t.followers.columns.status}</th>
              <th scope="col">{t.followers.columns.since}</th>
              <th scope="col">
                <span className="visually-hidden">{t.followers.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.followers.map((follower) => (
              <tr key={follower.id}>
                <th scope="row">{follower.email}</th>
                <td>{t.followers.statuses[follower.status]}</td>
                <td>{formatDate(follower.confirmedAt ?? follower.createdAt, blog.language, blog.timeZone)}</td>
                <td>
                  <ConfirmedActionButton
                    action={removeFollowerAction}
                    permalink="/admin/followers"
                    id={follower.id}
                    label={t.followers.remove}
                    accessibleLabel={`${t.followers.remove} ${follower.email}`}
                    confirmMessage={t.followers.confirmRemove(follower.email)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.pageCount > 1 ? (
        <nav className="admin-pager" aria-label={t.posts.pagination}>
          {list.page > 1 ? <Link href={href({ status, page: list.page - 1 })}>{t.posts.previous}</Link> : null}
          <span>{t.posts.pageOf(list.page, list.pageCount)}</span>
          {list.page < list.pageCount ? <Link href={href({ status, page: list.page + 1 })}>{t.posts.next}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
