import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getAdminContext } from "~/lib/admin";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { SignInForm } from "./_components/sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.signIn.title };
}

export default async function SignInPage({ searchParams }: PageProps<"/admin/sign-in">) {
  const [{ t, blog, user, setupNeeded }, query] = await Promise.all([getAdminContext(), searchParams]);
  const next = safeRedirectPath(query.next);
  if (setupNeeded) redirect("/admin/setup");
  if (user) redirect(next);
  return (
    <section className="admin-card" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">{t.signIn.title}</h1>
      <SignInForm language={blog.language} next={next} notice={query.reset ? t.reset.done : query["signed-out"] ? t.signIn.signedOut : null} />
      <p>
        <Link href="/admin/forgot-password">{t.forgot.link}</Link>
      </p>
    </section>
  );
}
