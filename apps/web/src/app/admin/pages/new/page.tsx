import type { Metadata } from "next";
import { getAdminContext } from "~/lib/admin";
import { NewEntryPage } from "../../posts/_components/editor-pages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.pages.newTitle };
}

export default function NewPagePage() {
  return <NewEntryPage kind="page" />;
}
