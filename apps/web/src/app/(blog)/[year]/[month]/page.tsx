import type { Metadata } from "next";
import { ArchivePage, archiveMetadata } from "~/app/_components/archive-page";

export async function generateMetadata({ params, searchParams }: PageProps<"/[year]/[month]">): Promise<Metadata> {
  const { year, month } = await params;
  return archiveMetadata(`/${year}/${month}/`, await searchParams);
}

/** /2009/02/: the month's posts (Blogger's monthly archive). */
export default async function MonthArchivePage({ params, searchParams }: PageProps<"/[year]/[month]">) {
  const { year, month } = await params;
  return <ArchivePage path={`/${year}/${month}/`} searchParams={await searchParams} />;
}
