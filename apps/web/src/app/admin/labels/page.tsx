import type { Metadata } from "next";
import { getAdminContext, requireOwner } from "~/lib/admin";
import { LabelRow } from "./_components/label-row";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.labels.title };
}

export default async function LabelsPage() {
  const owner = await requireOwner("/admin/labels");
  const { api, t, blog } = await getAdminContext();
  if (!owner) return <p role="alert">{t.errors.forbidden}</p>;
  const labels = await api.admin.label.list();
  return (
    <>
      <h1>{t.labels.title}</h1>
      {labels.length === 0 ? (
        <p>{t.labels.empty}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t.labels.name}</th>
              <th scope="col">{t.labels.posts}</th>
              <th scope="col">{t.labels.rename}</th>
              <th scope="col">{t.labels.merge}</th>
              <th scope="col">
                <span className="visually-hidden">{t.labels.delete}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {labels.map((label) => (
              <LabelRow
                key={`${label.id}-${label.name}`}
                label={label}
                others={labels.filter((other) => other.id !== label.id).map(({ id, name }) => ({ id, name }))}
                language={blog.language}
              />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
