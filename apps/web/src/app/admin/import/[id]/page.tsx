import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAdminContext, requireOwner } from "~/lib/admin";
import { parseError } from "@crestwood/client";
import { ImportReport } from "../_components/import-report";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.importer.title };
}

/** One import: its preview with the "Import" button, its progress (the page refreshes itself), its report. */
export default async function ImportJobPage({ params, searchParams }: PageProps<"/admin/import/[id]">) {
  const { id } = await params;
  const owner = await requireOwner(`/admin/import/${id}`);
  const { api, t: admin } = await getAdminContext();
  if (!owner) return <p role="alert">{admin.errors.forbidden}</p>;
  const t = admin.importer;
  let job;
  try {
    job = await api.admin.import.byId({ id });
  } catch (error) {
    if (parseError(error).code === "NOT_FOUND") notFound();
    throw error;
  }
  const query = await searchParams;
  const error = typeof query.error === "string" ? query.error : null;
  const startForm = (label: string) => (
    <form method="post" action={`/api/import/${job.id}/start`} className="admin-form">
      <p>
        <input id="import-images" name="images" type="checkbox" value="download" aria-describedby="import-images-hint" />{" "}
        <label htmlFor="import-images">{t.images}</label>
        <br />
        <small id="import-images-hint">{t.imagesHint}</small>
      </p>
      <p>
        <button type="submit">{label}</button>
      </p>
    </form>
  );
  const progress = job.progress;
  const total = progress ? progress.totalPosts + progress.totalComments : 0;
  const done = progress ? progress.posts + progress.comments : 0;
  return (
    <>
      <h1>
        {t.title}: {job.fileName}
      </h1>
      {error ? <p role="alert">{error}</p> : null}
      {job.status === "ready" && job.preview ? (
        <>
          <h2>{t.previewTitle}</h2>
          <p>{t.previewIntro}</p>
          <ImportReport report={job.preview} t={t} preview />
          {startForm(t.start)}
        </>
      ) : null}
      {job.status === "importing" || job.status === "checking" ? (
        <>
          {job.stalled ? null : <meta httpEquiv="refresh" content="2" />}
          <p role="status">{t.running}</p>
          <progress max={Math.max(total, 1)} value={done} aria-label={t.running}>
            {done} / {total}
          </progress>
          {progress ? (
            <p>
              {t.kinds.posts}: {progress.posts} / {progress.totalPosts} · {t.kinds.comments}: {progress.comments} / {progress.totalComments}
            </p>
          ) : null}
          {job.stalled ? (
            <>
              <p role="alert">{t.stalled}</p>
              {startForm(t.restart)}
            </>
          ) : null}
        </>
      ) : null}
      {job.status === "done" && job.report ? (
        <>
          <h2>{t.doneTitle}</h2>
          <p>{t.elapsed((job.report.elapsedMs / 1000).toFixed(1))}</p>
          <ImportReport report={job.report} t={t} preview={false} />
          <p>
            <Link href="/admin/import">{t.another}</Link>
          </p>
        </>
      ) : null}
      {job.status === "failed" ? (
        <>
          <h2>{t.failedTitle}</h2>
          <p role="alert">{job.error}</p>
          <p>
            <Link href="/admin/import">{t.another}</Link>
          </p>
        </>
      ) : null}
    </>
  );
}
