import type { Metadata } from "next";
import { ArchivePage, archiveMetadata } from "~/app/_components/archive-page";

export async function generateMetadata({ params, searchParams }: PageProps<"/[year]">): Promise<Metadata> {
  return archiveMetadata(`/${(await params).year}`, await searchParams);
}

/** /2009/: the year's posts (Blogger's yearly archive); Blogger's old one-segment addresses lead on. */
export default async function YearArchivePage({ params, searchParams }: PageProps<"/[year]">) {
  return <ArchivePage path={`/${(await params).year}`} searchParams={await searchParams} />;
}
