import type { Metadata } from "next";
import { getBlogContext } from "~/lib/blog";
import { MailLinkPage } from "~/app/_components/mail-link-page";
import { unsubscribeRepliesAction } from "~/app/_components/mail-link-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getBlogContext();
  return { title: t.commentNotify.unsubscribeTitle, robots: { index: false, follow: false }, referrer: "same-origin" };
}

/** "Stop sending me replies" from a reply notice. */
export default async function StopRepliesPage({ searchParams }: PageProps<"/comments/unsubscribe">) {
  const [blog, query] = await Promise.all([getBlogContext(), searchParams]);
  const t = blog.t.commentNotify;
  return (
    <MailLinkPage
      blog={blog}
      path="/comments/unsubscribe"
      query={query}
      action={unsubscribeRepliesAction}
      text={{ title: t.unsubscribeTitle, intro: t.unsubscribeText, button: t.unsubscribeButton, done: t.unsubscribed, invalid: blog.t.follow.badLink, expired: blog.t.follow.badLink }}
    />
  );
}
