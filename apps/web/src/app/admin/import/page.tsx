import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatTime } from "@crestwood/i18n";
import { getAdminContext, requireOwner } from "~/lib/admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.importer.title };
}

/** Upload a Blogger export; it is checked first, and imported only after the owner has seen the preview. */
export default async function ImportPage({ searchParams }: PageProps<"/admin/import">) {
  const owner = await requireOwner("/admin/import");
  const { api, t, blog } = await getAdminContext();
  if (!owner) return <p role="alert">{t.errors.forbidden}</p>;
  const [jobs, query] = await Promise.all([api.admin.import.list(), searchParams]);
  const error = typeof query.error === "string" ? query.error : null;
  return (
    <>
      <h1>{t.importer.title}</h1>
      <p>{t.importer.intro}</p>
      {error ? <p role="alert">{error}</p> : null}
      <form method="post" action="/api/import" encType="multipart/form-data" className="admin-form">
        <p>
          <label htmlFor="import-file">{t.importer.file}</label>
          <input id="import-file" name="file" type="file" required accept=".xml,.atom,.zip,application/xml,application/atom+xml,application/zip" aria-describedby="import-file-hint" />
          <small id="import-file-hint">{t.importer.fileHint}</small>
        </p>
        <p>
          <button type="submit">{t.importer.upload}</button>
        </p>
      </form>
      {jobs.length > 0 ? (
        <>
          <h2>{t.importer.recent}</h2>
          <ul>
            {jobs.map((job) => (
              <li key={job.id}>
                <Link href={`/admin/import/${job.id}`}>{job.fileName}</Link> — {t.importer.statuses[job.status]},{" "}
                {formatDate(job.createdAt, blog.language, blog.timeZone)} {formatTime(job.createdAt, blog.language, blog.timeZone)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
