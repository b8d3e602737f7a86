import type { Metadata } from "next";
import Link from "next/link";
import { getBlogContext } from "~/lib/blog";
import { MailLinkForm } from "~/app/_components/mail-link-form";
import { unsubscribeFollowAction } from "~/app/_components/mail-link-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getBlogContext();
  return { title: t.follow.unsubscribeTitle, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** "Unfollow" from a mail: one button, no sign-in, no questions. */
export default async function UnfollowPage({ searchParams }: PageProps<"/follow/unsubscribe">) {
  const [blog, query] = await Promise.all([getBlogContext(), searchParams]);
  const t = blog.t.follow;
  const token = typeof query.token === "string" ? query.token.slice(0, 512) : "";
  return (
    <article className="mail-page">
      <h1 className="post-title">{t.unsubscribeTitle}</h1>
      <p>{t.unsubscribeText}</p>
      <MailLinkForm
        action={unsubscribeFollowAction}
        permalink={`/follow/unsubscribe?token=${encodeURIComponent(token)}`}
        token={token}
        button={t.unsubscribeButton}
        done={t.unsubscribed}
        invalid={t.badLink}
        expired={t.expiredLink}
      />
      <p>
        <Link href="/">{t.backToBlog}</Link>
      </p>
    </article>
  );
}
