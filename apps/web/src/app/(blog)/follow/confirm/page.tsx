import type { Metadata } from "next";
import Link from "next/link";
import { getBlogContext } from "~/lib/blog";
import { MailLinkForm } from "~/app/_components/mail-link-form";
import { confirmFollowAction } from "~/app/_components/mail-link-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getBlogContext();
  return { title: t.follow.confirmTitle, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** The link in the confirmation mail opens this; following starts with the button (double opt-in). */
export default async function ConfirmFollowPage({ searchParams }: PageProps<"/follow/confirm">) {
  const [blog, query] = await Promise.all([getBlogContext(), searchParams]);
  const t = blog.t.follow;
  const token = typeof query.token === "string" ? query.token.slice(0, 512) : "";
  return (
    <article className="mail-page">
      <h1 className="post-title">{t.confirmTitle}</h1>
      <p>{t.confirmText}</p>
      <MailLinkForm
        action={confirmFollowAction}
        permalink={`/follow/confirm?token=${encodeURIComponent(token)}`}
        token={token}
        button={t.confirmButton}
        done={t.confirmed}
        invalid={t.badLink}
        expired={t.expiredLink}
      />
      <p>
        <Link href="/">{t.backToBlog}</Link>
      </p>
    </article>
  );
}
