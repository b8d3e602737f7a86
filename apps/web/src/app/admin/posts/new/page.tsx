import type { Metadata } from "next";
import { getAdminContext } from "~/lib/admin";
import { NewEntryPage } from "../_components/editor-pages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.editor.newTitle };
}

export default function NewPostPage() {
  return <NewEntryPage kind="post" />;
}
