import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseError } from "@crestwood/client";
import { formatDateHeader } from "@crestwood/i18n";
import { getAdminContext, requireUser } from "~/lib/admin";
import { PostArticle } from "~/app/_components/post-article";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.preview.title };
}

/**
 * The post with the reader's markup and styles, whatever its status: as saved, or with
 * `?revision=` as a revision has it — the editor previews its unsaved work through its autosave.
 */
export default async function PreviewPage({ params, searchParams }: PageProps<"/admin/posts/[id]/preview">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  await requireUser(`/admin/posts/${id}/preview`);
  const { api, t, blog } = await getAdminContext();
  const revisionId = typeof query.revision === "string" && query.revision ? query.revision : undefined;
  const post = await api.admin.post.preview({ id, revisionId }).catch((error: unknown) => {
    if (parseError(error).code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <p className="form-notice" role="status">
        {revisionId ? t.autosave.previewUnsaved : t.preview.notice} <Link href={`/admin/posts/${id}`}>{t.preview.back}</Link>
      </p>
      <div className="preview-frame">
        <h2 className="date-header">
          <time dateTime={post.publishedAt.toISOString()}>{formatDateHeader(post.publishedAt, blog.language, blog.timeZone)}</time>
        </h2>
        <PostArticle post={post} blog={blog} standalone />
      </div>
    </>
  );
}
