"use client";

import { useRouter } from "next/navigation";
import type { LanguageCode } from "@crestwood/i18n";
import { MediaUploader } from "~/app/admin/_components/media-uploader";
import { describeMedia } from "../actions";

/** The uploader on the library page: saves each image's alt text and shows the new list. */
export function LibraryUploader({ language }: { language: LanguageCode }) {
  const router = useRouter();
  return (
    <MediaUploader
      language={language}
      pasteAnywhere
      onDescribed={async (media, text) => {
        await describeMedia(media.id, text);
        router.refresh();
      }}
    />
  );
}
