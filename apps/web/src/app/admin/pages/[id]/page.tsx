import type { Metadata } from "next";
import { getAdminContext } from "~/lib/admin";
import { EditEntryPage } from "../../posts/_components/editor-pages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.pages.editTitle };
}

export default async function EditPagePage({ params, searchParams }: PageProps<"/admin/pages/[id]">) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <EditEntryPage kind="page" id={id} saved={Boolean(query.saved)} />;
}
