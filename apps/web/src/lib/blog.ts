import "server-only";
import { cache } from "react";
import { messages, type LanguageCode } from "@crestwood/i18n";
import { getApi } from "~/trpc/server";

/** The blog's settings and UI strings in its language, once per request. */
export const getBlogContext = cache(async () => {
  const api = await getApi();
  const settings = await api.blog.settings();
  const language: LanguageCode = settings.language;
  return { settings, language, t: messages[language], timeZone: settings.timezone };
});
export type BlogContext = Awaited<ReturnType<typeof getBlogContext>>;
