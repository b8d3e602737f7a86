import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseError } from "@crestwood/client";
import { formatDate, formatTime } from "@crestwood/i18n";
import { getAdminContext, requireUser } from "~/lib/admin";
import { DiffView } from "../../_components/diff-view";
import { RestoreButton } from "./_components/restore-button";
import "../../../_components/account-and-history.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.history.title };
}

/**
 * A post's history: every saved revision (and the caller's autosave), the difference between any
 * two (chosen with a plain GET form, so it works without JavaScript), and restoring one.
 */
export default async function HistoryPage({ params, searchParams }: PageProps<"/admin/posts/[id]/history">) {
  const { id } = await params;
  await requireUser(`/admin/posts/${id}/history`);
  const [{ api, t, blog }, query] = await Promise.all([getAdminContext(), searchParams]);
  const [post, history] = await Promise.all([api.admin.post.byId({ id }), api.admin.revision.list({ postId: id })]).catch((error: unknown) => {
    if (parseError(error).code === "NOT_FOUND") notFound();
    throw error;
  });
  const revisions = history.revisions;
  const ids = new Set(revisions.map((revision) => revision.id));
  const pick = (value: unknown, fallback: string | undefined) => (typeof value === "string" && ids.has(value) ? value : fallback);
  const saved = revisions.filter((revision) => revision.kind !== "autosave");
  const toId = pick(query.to, revisions[0]?.id);
  const fromId = pick(query.from, (saved[0]?.id === toId ? saved[1] : saved[0])?.id);
  const view = query.view === "html" ? "html" : "text";
  const compared = fromId && toId && fromId !== toId ? await api.admin.revision.diff({ fromId, toId }) : null;
  const when = (date: Date) => `${formatDate(date, blog.language, blog.timeZone)} ${formatTime(date, blog.language, blog.timeZone)}`;
  const viewLink = (next: "text" | "html") => `/admin/posts/${id}/history?${new URLSearchParams({ ...(fromId ? { from: fromId } : {}), ...(toId ? { to: toId } : {}), view: next })}`;
  const name = (revision: (typeof revisions)[number]) => `${t.history.kinds[revision.kind]} ${when(revision.at)}`;

  return (
    <>
      <h1>
        {t.history.title}: {post.title}
      </h1>
      <p>
        <Link href={`/admin/posts/${id}`}>{t.preview.back}</Link>
      </p>
      {query.restored ? (
        <p className="form-notice" role="status">
          {t.history.restored}
        </p>
      ) : null}
      {revisions.length === 0 ? (
        <p>{t.history.none}</p>
      ) : (
        <>
          <table className="admin-table">
            <caption className="visually-hidden">{t.history.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.history.from}</th>
                <th scope="col">{t.history.to}</th>
                <th scope="col">{t.history.title}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.history.restore}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision, index) => (
                <tr key={revision.id}>
                  <td>
                    <input type="radio" form="compare-form" name="from" value={revision.id} defaultChecked={revision.id === fromId} aria-label={`${t.history.from}: ${name(revision)}`} />
                  </td>
                  <td>
                    <input type="radio" form="compare-form" name="to" value={revision.id} defaultChecked={revision.id === toId} aria-label={`${t.history.to}: ${name(revision)}`} />
                  </td>
                  <th scope="row">
                    {t.history.kinds[revision.kind]} · {when(revision.at)}
                    {revision.authorName ? ` · ${t.history.by(revision.authorName)}` : null}
                    <span className="field-hint"> · {revision.title}</span>
                  </th>
                  <td>
                    {index === 0 && revision.kind !== "autosave" ? null : (
                      <RestoreButton postId={id} revisionId={revision.id} baseVersion={history.postVersion} name={name(revision)} language={blog.language} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {/* The radios above belong to this form (their form attribute): the restore buttons' own forms sit in the rows, and forms cannot nest. */}
          <form id="compare-form" method="get" action={`/admin/posts/${id}/history`}>
            <input type="hidden" name="view" value={view} />
            <p>
              <button type="submit">{t.history.show}</button>
            </p>
          </form>
        </>
      )}
      {compared ? (
        <section aria-labelledby="diff-heading">
          <h2 id="diff-heading">
            {t.history.compare}: {t.history.kinds[compared.from.kind]} {when(compared.from.at)} → {t.history.kinds[compared.to.kind]} {when(compared.to.at)}
          </h2>
          <p>
            {view === "html" ? <Link href={viewLink("text")}>{t.history.textView}</Link> : <Link href={viewLink("html")}>{t.history.htmlView}</Link>}
          </p>
          <DiffView diff={compared.diff} view={view} t={t} />
        </section>
      ) : null}
    </>
  );
}
