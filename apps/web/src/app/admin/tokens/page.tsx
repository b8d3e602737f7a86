import type { Metadata } from "next";
import { formatDate, formatTime } from "@crestwood/i18n";
import { getAdminContext, requireOwner } from "~/lib/admin";
import { AdminTable, Cell } from "../_components/admin-table";
import { CreateTokenForm, RevokeTokenButton } from "./_components/token-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.tokens.title };
}

/** The owner's API tokens: created here (shown once), listed without their secret, revoked. */
export default async function TokensPage() {
  await requireOwner("/admin/tokens");
  const { api, t, blog } = await getAdminContext();
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
        <AdminTable
          columns={[
            { label: t.fields.name },
            { label: t.tokens.role },
            { label: t.tokens.account },
            { label: t.tokens.createdAt },
            { label: t.tokens.expires },
            { label: t.tokens.lastUsed },
            { label: t.tokens.status },
            { label: t.tokens.revoke, hidden: true },
          ]}
        >
            {tokens.map((token) => {
              const expired = token.expiresAt !== null && token.expiresAt <= now;
              const status = token.revokedAt ? t.tokens.revoked : expired ? t.tokens.expired : t.tokens.active;
              return (
                <tr key={token.id}>
                  <Cell label={t.fields.name} header>
                    {token.name}
                  </Cell>
                  <Cell label={t.tokens.role}>{t.authors.roles[token.role]}</Cell>
                  <Cell label={t.tokens.account}>{token.user.name}</Cell>
                  <Cell label={t.tokens.createdAt}>{when(token.createdAt)}</Cell>
                  <Cell label={t.tokens.expires}>{when(token.expiresAt)}</Cell>
                  <Cell label={t.tokens.lastUsed}>{when(token.lastUsedAt)}</Cell>
                  <Cell label={t.tokens.status}>{status}</Cell>
                  <Cell label={t.tokens.revoke}>{token.revokedAt ? null : <RevokeTokenButton id={token.id} name={token.name} language={blog.language} />}</Cell>
                </tr>
              );
            })}
        </AdminTable>
      )}
      <CreateTokenForm language={blog.language} />
    </>
  );
}
