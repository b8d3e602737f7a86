import type { Metadata } from "next";
import Link from "next/link";
import { getBlogContext } from "~/lib/blog";
import { MailLinkForm } from "~/app/_components/mail-link-form";
import { unsubscribeRepliesAction } from "~/app/_components/mail-link-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getBlogContext();
  return { title: t.commentNotify.unsubscribeTitle, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** "Stop sending me replies" from a reply notice. */
export default async function StopRepliesPage({ searchParams }: PageProps<"/comments/unsubscribe">) {
  const [blog, query] = await Promise.all([getBlogContext(), searchParams]);
  const t = blog.t.commentNotify;
  const token = typeof query.token === "string" ? query.token.slice(0, 512) : "";
  return (
    <article className="mail-page">
      <h1 className="post-title">{t.unsubscribeTitle}</h1>
      <p>{t.unsubscribeText}</p>
      <MailLinkForm
        action={unsubscribeRepliesAction}
        permalink={`/comments/unsubscribe?token=${encodeURIComponent(token)}`}
        token={token}
        button={t.unsubscribeButton}
        done={t.unsubscribed}
        invalid={blog.t.follow.badLink}
        expired={blog.t.follow.badLink}
      />
      <p>
        <Link href="/">{blog.t.follow.backToBlog}</Link>
      </p>
    </article>
  );
}
