import Link from "next/link";
import type { BlogContext } from "~/lib/blog";
import { MailLinkForm } from "./mail-link-form";
import type { MailLinkState } from "./mail-link-actions";

interface MailLinkPageProps {
  blog: BlogContext;
  /** This page's path; the token is appended. */
  path: string;
  query: Record<string, string | string[] | undefined>;
  action: (previous: MailLinkState, formData: FormData) => Promise<MailLinkState>;
  text: { title: string; intro: string; button: string; done: string; invalid: string; expired: string };
}

/** A page a link from a mail opens (confirm following, unsubscribe): what it does and one button. */
export function MailLinkPage({ blog, path, query, action, text }: MailLinkPageProps) {
  const token = typeof query.token === "string" ? query.token.slice(0, 512) : "";
  return (
    <article className="mail-page">
      <h1 className="post-title">{text.title}</h1>
      <p>{text.intro}</p>
      <MailLinkForm
        action={action}
        permalink={`${path}?token=${encodeURIComponent(token)}`}
        token={token}
        button={text.button}
        done={text.done}
        invalid={text.invalid}
        expired={text.expired}
      />
      <p>
        <Link href="/">{blog.t.follow.backToBlog}</Link>
      </p>
    </article>
  );
}
