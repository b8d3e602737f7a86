import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getAdminContext } from "~/lib/admin";
import { SetupForm } from "./_components/setup-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.setup.title };
}

/** Offered only while the blog has no owner; afterwards this address leads to sign-in. */
export default async function SetupPage() {
  const { t, blog, setupNeeded } = await getAdminContext();
  if (!setupNeeded) redirect("/admin/sign-in");
  return (
    <section className="admin-card" aria-labelledby="setup-heading">
      <h1 id="setup-heading">{t.setup.title}</h1>
      <p>{t.setup.intro}</p>
      <SetupForm language={blog.language} />
    </section>
  );
}
