import type { Metadata } from "next";
import { getAdminContext, requireOwner } from "~/lib/admin";
import { SettingsForm } from "./_components/settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.settings.title };
}

export default async function SettingsPage({ searchParams }: PageProps<"/admin/settings">) {
  await requireOwner("/admin/settings");
  const { saved } = await searchParams;
  const { api, t, blog } = await getAdminContext();
  const settings = await api.admin.blog.settings();
  return (
    <>
      <h1>{t.settings.title}</h1>
      <SettingsForm
        settings={settings}
        language={blog.language}
        timeZones={Intl.supportedValuesOf("timeZone")}
        saved={Boolean(saved)}
      />
    </>
  );
}
