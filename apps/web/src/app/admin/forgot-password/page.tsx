import type { Metadata } from "next";
import Link from "next/link";
import { getAdminContext } from "~/lib/admin";
import { ForgotForm } from "./_components/forgot-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.forgot.title };
}

/** "Glömt lösenordet?": asks for the address a reset link goes to. */
export default async function ForgotPasswordPage() {
  const { t, blog } = await getAdminContext();
  return (
    <section className="admin-card" aria-labelledby="forgot-heading">
      <h1 id="forgot-heading">{t.forgot.title}</h1>
      <p>{t.forgot.intro}</p>
      <ForgotForm language={blog.language} />
      <p>
        <Link href="/admin/sign-in">{t.signIn.title}</Link>
      </p>
    </section>
  );
}
