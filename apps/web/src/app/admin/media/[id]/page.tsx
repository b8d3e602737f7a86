import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseError } from "@crestwood/client";
import { requireUser } from "~/lib/admin";
import { getBlogContext } from "~/lib/blog";
import { getApi } from "~/trpc/server";
import { deleteMedia, saveMedia } from "../actions";
import { formatBytes } from "../_components/shared";

export const metadata: Metadata = { title: "Media", robots: { index: false } };

export default async function MediaDetailsPage({ params, searchParams }: PageProps<"/admin/media/[id]">) {
  const [{ t }, api, { id }, query] = await Promise.all([getBlogContext(), getApi(), params, searchParams]);
  await requireUser(`/admin/media/${encodeURIComponent(id)}`);
  let media, usage;
  try {
    [media, usage] = await Promise.all([api.admin.media.byId({ id }), api.admin.media.usage({ id })]);
  } catch (error) {
    if (parseError(error).code === "NOT_FOUND") notFound();
    throw error;
  }
  return (
    <div className="media-details">
      <p>
        <Link href="/admin/media">{t.media.back}</Link>
      </p>
      <h1>{media.fileName}</h1>
      {/* eslint-disable-next-line @next/next/no-img-element -- media variants are resized already; next/image would resize them again */}
      {media.url ? <img src={media.url} srcSet={media.srcset} sizes={media.sizes} alt={media.alt} width={media.width} height={media.height} className="media-preview" /> : null}
      <p>
        {t.media.size(media.width, media.height, formatBytes(media.bytes))}
        {media.uploadedByName ? ` · ${t.media.uploadedBy(media.uploadedByName)}` : null}
      </p>
      <form action={saveMedia} className="describe-media">
        <input type="hidden" name="id" value={media.id} />
        <div className="field">
          <label htmlFor="media-alt">{t.media.alt}</label>
          <input id="media-alt" name="alt" defaultValue={media.alt} maxLength={1000} aria-describedby="media-alt-hint" />
          <small id="media-alt-hint">{t.media.altHint}</small>
        </div>
        <div className="field">
          <label htmlFor="media-caption">{t.media.caption}</label>
          <input id="media-caption" name="caption" defaultValue={media.caption} maxLength={2000} />
        </div>
        <button type="submit">{t.media.save}</button>
        {query.saved ? <p role="status">{t.media.saved}</p> : null}
      </form>
      <h2>{t.media.usedIn}</h2>
      {usage.length === 0 ? (
        <p>{t.media.notUsed}</p>
      ) : (
        <ul>
          {usage.map((post) => (
            <li key={post.id}>
              {post.title}
              {post.status === "draft" ? ` (${t.media.draft})` : null}
              {post.featured ? ` (${t.media.featured})` : null}
            </li>
          ))}
        </ul>
      )}
      <form action={deleteMedia} className="delete-media">
        <input type="hidden" name="id" value={media.id} />
        {usage.length > 0 ? (
          <p className="field-inline">
            <input type="checkbox" id="media-force" name="force" required={Boolean(query.inUse)} />
            <label htmlFor="media-force">{t.media.deleteAnyway}</label>
          </p>
        ) : null}
        <button type="submit">{t.media.delete}</button>
      </form>
    </div>
  );
}
