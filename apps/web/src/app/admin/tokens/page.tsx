import type { Metadata } from "next";
import { formatDate, formatTime } from "@crestwood/i18n";
import { getAdminContext, requireOwner } from "~/lib/admin";
import { CreateTokenForm, RevokeTokenButton } from "./_components/token-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.tokens.title };
}

/** The owner's API tokens: created here (shown once), listed without their secret, revoked. */
export default async function TokensPage() {
  const owner = await requireOwner("/admin/tokens");
  const { api, t, blog } = await getAdminContext();
  if (!owner) return <p role="alert">{t.errors.forbidden}</p>;
  const tokens = await api.admin.token.list();
  const now = new Date();
  const when = (date: Date | null) =>
    date ? `${formatDate(date, blog.language, blog.timeZone)} ${formatTime(date, blog.language, blog.timeZone)}` : t.tokens.never;
  return (
    <>
      <h1>{t.tokens.title}</h1>
      <p>{t.tokens.intro}</p>
      {tokens.length === 0 ? (
        <p>{t.tokens.none}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t.fields.name}</th>
              <th scope="col">{t.tokens.role}</th>
              <th scope="col">{t.tokens.account}</th>
              <th scope="col">{t.tokens.createdAt}</th>
              <th scope="col">{t.tokens.expires}</th>
              <th scope="col">{t.tokens.lastUsed}</th>
              <th scope="col">{t.tokens.status}</th>
              <th scope="col">
                <span className="visually-hidden">{t.tokens.revoke}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => {
              const expired = token.expiresAt !== null && token.expiresAt <= now;
              const status = token.revokedAt ? t.tokens.revoked : expired ? t.tokens.expired : t.tokens.active;
              return (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>{t.authors.roles[token.role]}</td>
                  <td>{token.user.name}</td>
                  <td>{when(token.createdAt)}</td>
                  <td>{when(token.expiresAt)}</td>
                  <td>{when(token.lastUsedAt)}</td>
                  <td>{status}</td>
                  <td>{token.revokedAt ? null : <RevokeTokenButton id={token.id} name={token.name} language={blog.language} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <CreateTokenForm language={blog.language} />
    </>
  );
}
