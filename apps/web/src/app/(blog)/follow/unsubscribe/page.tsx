import type { Metadata } from "next";
import { getBlogContext } from "~/lib/blog";
import { MailLinkPage } from "~/app/_components/mail-link-page";
import { unsubscribeFollowAction } from "~/app/_components/mail-link-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getBlogContext();
  return { title: t.follow.unsubscribeTitle, robots: { index: false, follow: false }, referrer: "same-origin" };
}

/** "Unfollow" from a mail: one button, no sign-in, no questions. */
export default async function UnfollowPage({ searchParams }: PageProps<"/follow/unsubscribe">) {
  const [blog, query] = await Promise.all([getBlogContext(), searchParams]);
  const t = blog.t.follow;
  return (
    <MailLinkPage
      blog={blog}
      path="/follow/unsubscribe"
      query={query}
      action={unsubscribeFollowAction}
      text={{ title: t.unsubscribeTitle, intro: t.unsubscribeText, button: t.unsubscribeButton, done: t.unsubscribed, invalid: t.badLink, expired: t.expiredLink }}
    />
  );
}
