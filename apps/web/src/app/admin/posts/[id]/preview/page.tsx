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

/** The saved post with the reader's markup and styles, whatever its status. */
export default async function PreviewPage({ params }: PageProps<"/admin/posts/[id]/preview">) {
  const { id } = await params;
  await requireUser(`/admin/posts/${id}/preview`);
  const { api, t, blog } = await getAdminContext();
  const post = await api.admin.post.preview({ id }).catch((error: unknown) => {
    if (parseError(error).code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <>
      <p className="form-notice" role="status">
        {t.preview.notice} <Link href={`/admin/posts/${id}`}>{t.preview.back}</Link>
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
