import type { Metadata } from "next";
import { getAdminContext, requireOwner } from "~/lib/admin";
import { FaviconForm } from "./_components/favicon-form";
import { SettingsForm } from "./_components/settings-form";
import { SpamSettingsForm } from "./_components/spam-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.settings.title };
}

export default async function SettingsPage({ searchParams }: PageProps<"/admin/settings">) {
  await requireOwner("/admin/settings");
  const { api, t, blog } = await getAdminContext();
  const [settings, spamSettings, favicon, media, query] = await Promise.all([
    api.admin.blog.settings(),
    api.admin.blog.spamSettings(),
    api.admin.blog.favicon(),
    api.admin.media.list({ limit: 100 }),
    searchParams,
  ]);
  return (
    <>
      <h1>{t.settings.title}</h1>
      <SettingsForm
        settings={settings}
        language={blog.language}
        timeZones={Intl.supportedValuesOf("timeZone")}
        saved={Boolean(query.saved)}
      />
      <FaviconForm t={t.settings.favicon} images={media.items} current={favicon.mediaId} saved={query.favicon === "saved"} />
      <SpamSettingsForm settings={spamSettings} language={blog.language} />
    </>
  );
}
