import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { getAdminContext } from "~/lib/admin";
import { AdminNav } from "./_components/admin-nav";
import { SignOutButtons } from "./sign-in/_components/sign-out-buttons";
import "./admin.css";

// Admin pages depend on who is signed in: always rendered per request, never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t, blog } = await getAdminContext();
  return { title: { default: t.title, template: `%s | ${t.title} | ${blog.settings.title}` }, robots: { index: false, follow: false } };
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { t, blog, user } = await getAdminContext();
  return (
    <div className="admin">
      <a className="skip-link" href="#admin-main">
        {t.skipToContent}
      </a>
      <header className="admin-header">
        <p className="admin-brand">
          <Link href="/admin">{blog.settings.title}</Link> <span>· {t.title}</span>
        </p>
        {user ? (
          <>
            <AdminNav language={blog.language} isOwner={user.role === "owner"} />
            <div className="admin-account">
              <span>{t.signedInAs(user.name)}</span>
              <SignOutButtons language={blog.language} />
            </div>
          </>
        ) : null}
      </header>
      <main id="admin-main" className="admin-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
