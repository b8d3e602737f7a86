import type { Metadata } from "next";
import { getAdminContext, requireOwner } from "~/lib/admin";
import { AdminTable, Cell } from "../_components/admin-table";
import { AddAuthorForm, RemoveAuthorButton } from "./_components/author-forms";
import { EditAuthorForm, SendResetLinkButton } from "./_components/author-edit-forms";
import "../_components/account-and-history.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.authors.title };
}

/** The owner adds authors (with a first password to hand over) and removes accounts, other owners too (never the last). */
export default async function AuthorsPage() {
  const owner = await requireOwner("/admin/authors");
  const { api, t, blog } = await getAdminContext();
  const users = await api.admin.user.list();
  return (
    <>
      <h1>{t.authors.title}</h1>
      <AdminTable columns={[{ label: t.fields.name }, { label: t.fields.email }, { label: t.authors.role }, { label: t.authors.posts }, { label: t.authors.remove, hidden: true }]}>
          {users.map((user) => (
            <tr key={user.id}>
              <Cell label={t.fields.name} header>
                {user.name}
                {user.id === owner.id ? ` (${t.authors.you})` : null}
                {user.canSignIn ? null : ` (${t.authors.cannotSignIn})`}
                <EditAuthorForm id={user.id} name={user.name} role={user.role} language={blog.language} />
              </Cell>
              <Cell label={t.fields.email}>{user.email}</Cell>
              <Cell label={t.authors.role}>{t.authors.roles[user.role]}</Cell>
              <Cell label={t.authors.posts}>{user.postCount}</Cell>
              <Cell label={t.authors.remove}>
                <div className="row-actions">
                  {user.id === owner.id ? null : <SendResetLinkButton id={user.id} name={user.name} language={blog.language} />}
                  {user.id === owner.id ? null : <RemoveAuthorButton id={user.id} name={user.name} language={blog.language} />}
                </div>
              </Cell>
            </tr>
          ))}
      </AdminTable>
      <AddAuthorForm language={blog.language} />
    </>
  );
}
