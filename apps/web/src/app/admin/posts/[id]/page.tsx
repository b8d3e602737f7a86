import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { parseError } from "@crestwood/client";
import { toZonedInputValue } from "@crestwood/i18n";
import { getAdminContext, requireUser } from "~/lib/admin";
import { PostEditor } from "../_components/post-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.editor.editTitle };
}

async function findPost(id: string) {
  const { api } = await getAdminContext();
  try {
    return await api.admin.post.byId({ id });
  } catch (error) {
    if (parseError(error).code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function EditPostPage({ params, searchParams }: PageProps<"/admin/posts/[id]">) {
  const { id } = await params;
  await requireUser(`/admin/posts/${id}`);
  const [{ api, t, blog }, query] = await Promise.all([getAdminContext(), searchParams]);
  const [post, labels] = await Promise.all([findPost(id), api.admin.label.list()]);
  const featured = post.featuredMediaId ? await api.admin.media.byId({ id: post.featuredMediaId }) : null;
  if (!post.canEdit) {
    return (
      <>
        <h1>{post.title}</h1>
        <p role="status">{t.editor.readOnly}</p>
        <div className="preview-frame post-body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      </>
    );
  }
  return (
    <>
      <h1>{t.editor.editTitle}</h1>
      <PostEditor
        post={{
          id: post.id,
          title: post.title,
          slug: post.slug,
          bodyHtml: post.bodyHtml,
          labels: post.labels,
          publishedAt: post.publishedAt ? toZonedInputValue(post.publishedAt, blog.timeZone) : "",
          status: post.status,
          featured: featured ? { id: featured.id, fileName: featured.fileName } : null,
        }}
        existingLabels={labels.map((label) => label.name)}
        language={blog.language}
        timeZone={blog.timeZone}
        savedNotice={Boolean(query.saved)}
      />
    </>
  );
}
