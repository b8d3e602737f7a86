import type { Metadata } from "next";
import Link from "next/link";
import { getBlogContext } from "~/lib/blog";
import { FollowWidget } from "~/app/_components/follow-widget";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getBlogContext();
  return { title: t.follow.pageTitle, robots: { index: false, follow: true } };
}

/** Where the "Follow by e-mail" form lands: what happened, and the form again when it did not work. */
export default async function FollowPage({ searchParams }: PageProps<"/follow">) {
  const [blog, query] = await Promise.all([getBlogContext(), searchParams]);
  const t = blog.t.follow;
  const status = query.status;
  return (
    <article className="mail-page">
      <h1 className="post-title">{t.pageTitle}</h1>
      {status === "sent" ? (
        <p className="form-notice" role="status">
          {t.checkMail}
        </p>
      ) : status === "invalid" || status === "throttled" ? (
        <p className="form-error" role="alert">
          {status === "invalid" ? t.invalid : t.tooMany}
        </p>
      ) : (
        <p>{t.intro}</p>
      )}
      {status === "sent" ? null : <FollowWidget blog={blog} />}
      <p>{t.privacy}</p>
      <p>
        <Link href="/">{t.backToBlog}</Link>
      </p>
    </article>
  );
}
