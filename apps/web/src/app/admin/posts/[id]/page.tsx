import type { Metadata } from "next";
import { getAdminContext } from "~/lib/admin";
import { EditEntryPage } from "../_components/editor-pages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.editor.editTitle };
}

export default async function EditPostPage({ params, searchParams }: PageProps<"/admin/posts/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <EditEntryPage kind="post" id={id} saved={Boolean(query.saved)} />;
}
