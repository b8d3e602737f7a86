import type { Metadata } from "next";
import { getAdminContext } from "~/lib/admin";
import { PostListPage } from "../posts/_components/post-list-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.pages.title };
}

/** Static pages (/p/slug.html), listed apart from posts. */
export default async function PagesPage({ searchParams }: PageProps<"/admin/pages">) {
  return <PostListPage kind="page" query={await searchParams} />;
}
