import type { Metadata } from "next";
import { getBlogContext } from "~/lib/blog";
import { MailLinkPage } from "~/app/_components/mail-link-page";
import { confirmFollowAction } from "~/app/_components/mail-link-actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getBlogContext();
  return { title: t.follow.confirmTitle, robots: { index: false, follow: false }, referrer: "same-origin" };
}

/** The link in the confirmation mail opens this; following starts with the button (double opt-in). */
export default async function ConfirmFollowPage({ searchParams }: PageProps<"/follow/confirm">) {
  const [blog, query] = await Promise.all([getBlogContext(), searchParams]);
  const t = blog.t.follow;
  return (
    <MailLinkPage
      blog={blog}
      path="/follow/confirm"
      query={query}
      action={confirmFollowAction}
      text={{ title: t.confirmTitle, intro: t.confirmText, button: t.confirmButton, done: t.confirmed, invalid: t.badLink, expired: t.expiredLink }}
    />
  );
}
