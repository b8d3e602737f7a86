import type { Metadata } from "next";
import { getAdminContext } from "~/lib/admin";
import { PostListPage } from "./_components/post-list-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.posts.title };
}

export default async function PostsPage({ searchParams }: PageProps<"/admin/posts">) {
  return <PostListPage kind="post" query={await searchParams} />;
}
