import type { Metadata } from "next";
import Link from "next/link";
import { getAdminContext } from "~/lib/admin";
import { ResetForm } from "./_components/reset-form";

export async function generateMetadata(): Promise<Metadata> {
  // The token is in this page's address: no other site may see it in a Referer.
  return { title: (await getAdminContext()).t.reset.title, referrer: "no-referrer" };
}

/** The page a reset link opens: a new password, if the link still works. */
export default async function ResetPasswordPage({ searchParams }: PageProps<"/admin/reset-password">) {
  const [{ api, t, blog }, query] = await Promise.all([getAdminContext(), searchParams]);
  const token = typeof query.token === "string" ? query.token : "";
  const usable = token !== "" && token.length <= 200 && (await api.auth.checkPasswordReset({ token })).usable;
  return (
    <section className="admin-card" aria-labelledby="reset-heading">
      <h1 id="reset-heading">{t.reset.title}</h1>
      {usable ? (
        <>
          <p>{t.reset.intro}</p>
          <ResetForm language={blog.language} token={token} />
        </>
      ) : (
        <>
          <p role="alert">{t.reset.badLink}</p>
          <p>
            <Link href="/admin/forgot-password">{t.reset.askAgain}</Link>
          </p>
        </>
      )}
    </section>
  );
}
