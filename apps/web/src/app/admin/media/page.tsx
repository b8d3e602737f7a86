import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/lib/admin";
import { getBlogContext } from "~/lib/blog";
import { getApi } from "~/trpc/server";
import { LibraryUploader } from "./_components/library-uploader";
import { formatBytes } from "./_components/shared";

export const metadata: Metadata = { title: "Media", robots: { index: false } };

export default async function MediaLibraryPage({ searchParams }: PageProps<"/admin/media">) {
  await requireUser("/admin/media");
  const [{ t, language }, api, query] = await Promise.all([getBlogContext(), getApi(), searchParams]);
  const search = typeof query.q === "string" ? query.q : "";
  const cursor = typeof query.cursor === "string" ? query.cursor : undefined;
  const page = await api.admin.media.list({ query: search || undefined, cursor });
  return (
    <div className="media-library">
      <h1>{t.media.title}</h1>
      <p>{t.media.intro}</p>
      {query.deleted ? <p role="status">{t.media.deleted}</p> : null}
      <LibraryUploader language={language} />
      <form role="search" method="get" action="/admin/media" className="media-search">
        <label htmlFor="media-search">{t.media.search}</label>
        <input id="media-search" name="q" type="search" defaultValue={search} />
        <button type="submit">{t.media.searchButton}</button>
      </form>
      {page.items.length === 0 ? (
        <p>{search ? t.media.noMatches : t.media.empty}</p>
      ) : (
        <ul className="media-grid">
          {page.items.map((item) => (
            <li key={item.id} className="media-item">
              {/* eslint-disable-next-line @next/next/no-img-element -- media variants are resized already; next/image would resize them again */}
              {item.thumbnailUrl ? <img src={item.thumbnailUrl} alt={item.alt} width={160} height={Math.round((160 * item.height) / item.width)} loading="lazy" /> : null}
              <p className="media-file-name">{item.fileName}</p>
              <p>{t.media.size(item.width, item.height, formatBytes(item.bytes))}</p>
              <p className="media-alt">
                {t.media.alt}: {item.alt || "—"}
              </p>
              <Link href={`/admin/media/${item.id}`}>
                {t.media.details}
                <span className="visually-hidden">: {item.fileName}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor ? (
        <p>
          <Link href={`/admin/media?${new URLSearchParams({ ...(search ? { q: search } : {}), cursor: page.nextCursor }).toString()}`}>{t.media.older}</Link>
        </p>
      ) : null}
    </div>
  );
}
