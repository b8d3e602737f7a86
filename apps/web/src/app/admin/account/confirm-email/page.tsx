import type { Metadata } from "next";
import { getAdminContext } from "~/lib/admin";
import { ConfirmEmailForm } from "./_components/confirm-email-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.account.emailConfirmedTitle, referrer: "no-referrer" };
}

/** The page the link in an e-mail-change mail opens; works signed in or not. */
export default async function ConfirmEmailPage({ searchParams }: PageProps<"/admin/account/confirm-email">) {
  const [{ t, blog }, query] = await Promise.all([getAdminContext(), searchParams]);
  const token = typeof query.token === "string" ? query.token.slice(0, 200) : "";
  return (
    <section className="admin-card" aria-labelledby="confirm-email-heading">
      <h1 id="confirm-email-heading">{t.account.emailConfirmedTitle}</h1>
      <ConfirmEmailForm language={blog.language} token={token} />
    </section>
  );
}
