import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getAdminContext } from "~/lib/admin";
import { SetupForm } from "./_components/setup-form";

export async function generateMetadata(): Promise<Metadata> {
  // The address carries the one-time token: never send it on as a Referer.
  return { title: (await getAdminContext()).t.setup.title, referrer: "no-referrer" };
}

/**
 * Offered only while the blog has no owner, and only to the holder of a setup link (printed by
 * `pnpm start` on an empty blog, or by `pnpm crestwood setup-link`): without it, the first
 * visitor of a fresh install could make themselves the owner. Afterwards this address leads to sign-in.
 */
export default async function SetupPage({ searchParams }: PageProps<"/admin/setup">) {
  const [{ api, t, blog, setupNeeded }, query] = await Promise.all([getAdminContext(), searchParams]);
  if (!setupNeeded) redirect("/admin/sign-in");
  const token = typeof query.token === "string" ? query.token : null;
  const valid = token ? (await api.auth.setupLinkValid({ token: token.slice(0, 200) })).valid : false;
  return (
    <section className="admin-card" aria-labelledby="setup-heading">
      <h1 id="setup-heading">{t.setup.title}</h1>
      {valid && token ? (
        <>
          <p>{t.setup.intro}</p>
          <SetupForm language={blog.language} setupToken={token} />
        </>
      ) : (
        <p role="alert">{token ? t.setup.badLink : t.setup.needsLink}</p>
      )}
    </section>
  );
}
