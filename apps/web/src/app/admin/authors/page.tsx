import type { Metadata } from "next";
import { getAdminContext, requireOwner } from "~/lib/admin";
import { AddAuthorForm, RemoveAuthorButton } from "./_components/author-forms";
import { EditAuthorForm, SendResetLinkButton } from "./_components/author-edit-forms";
import "../_components/account-and-history.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.authors.title };
}

/** The owner adds authors (with a first password to hand over) and removes them. */
export default async function AuthorsPage() {
  const owner = await requireOwner("/admin/authors");
  const { api, t, blog } = await getAdminContext();
  if (!owner) return <p role="alert">{t.errors.forbidden}</p>;
  const users = await api.admin.user.list();
  return (
    <>
      <h1>{t.authors.title}</h1>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t.fields.name}</th>
            <th scope="col">{t.fields.email}</th>
            <th scope="col">{t.authors.role}</th>
            <th scope="col">{t.authors.posts}</th>
            <th scope="col">
              <span className="visually-hidden">{t.authors.remove}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                {user.name}
                {user.id === owner.id ? ` (${t.authors.you})` : null}
                {user.canSignIn ? null : ` (${t.authors.cannotSignIn})`}
                <EditAuthorForm id={user.id} name={user.name} role={user.role} language={blog.language} />
              </th>
              <td>{user.email}</td>
              <td>{t.authors.roles[user.role]}</td>
              <td>{user.postCount}</td>
              <td>
                <div className="row-actions">
                  {user.id === owner.id ? null : <SendResetLinkButton id={user.id} name={user.name} language={blog.language} />}
                  {user.role === "owner" ? null : <RemoveAuthorButton id={user.id} name={user.name} language={blog.language} />}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddAuthorForm language={blog.language} />
    </>
  );
}
