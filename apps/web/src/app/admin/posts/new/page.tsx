import type { Metadata } from "next";
import { getAdminContext, requireUser } from "~/lib/admin";
import { PostEditor } from "../_components/post-editor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.editor.newTitle };
}

export default async function NewPostPage() {
  await requireUser("/admin/posts/new");
  const { api, t, blog } = await getAdminContext();
  const labels = await api.admin.label.list();
  return (
    <>
      <h1>{t.editor.newTitle}</h1>
      <PostEditor
        post={{ id: null, title: "", slug: "", bodyHtml: "", labels: [], publishedAt: "", status: "draft", featured: null }}
        existingLabels={labels.map((label) => label.name)}
        language={blog.language}
        timeZone={blog.timeZone}
        savedNotice={false}
      />
    </>
  );
}
