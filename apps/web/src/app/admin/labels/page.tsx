import type { Metadata } from "next";
import { getAdminContext, requireOwner } from "~/lib/admin";
import { AdminTable } from "../_components/admin-table";
import { LabelRow } from "./_components/label-row";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.labels.title };
}

export default async function LabelsPage() {
  await requireOwner("/admin/labels");
  const { api, t, blog } = await getAdminContext();
  const labels = await api.admin.label.list();
  return (
    <>
      <h1>{t.labels.title}</h1>
      {labels.length === 0 ? (
        <p>{t.labels.empty}</p>
      ) : (
        <AdminTable columns={[{ label: t.labels.name }, { label: t.labels.posts }, { label: t.labels.rename }, { label: t.labels.merge }, { label: t.labels.delete, hidden: true }]}>
            {labels.map((label) => (
              <LabelRow
                key={`${label.id}-${label.name}`}
                label={label}
                others={labels.filter((other) => other.id !== label.id).map(({ id, name }) => ({ id, name }))}
                language={blog.language}
              />
            ))}
        </AdminTable>
      )}
    </>
  );
}
