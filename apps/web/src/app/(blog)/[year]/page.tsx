import type { Metadata } from "next";
import { ArchivePage, archiveMetadata, parseArchivePeriod } from "~/app/_components/archive-page";

export async function generateMetadata({ params }: PageProps<"/[year]">): Promise<Metadata> {
  return archiveMetadata(parseArchivePeriod((await params).year));
}

/** /2009/: the year's posts (Blogger's yearly archive). Any other single segment is a 404. */
export default async function YearArchivePage({ params, searchParams }: PageProps<"/[year]">) {
  return <ArchivePage period={parseArchivePeriod((await params).year)} searchParams={await searchParams} />;
}
