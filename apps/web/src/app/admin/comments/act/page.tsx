import type { Metadata } from "next";
import Link from "next/link";
import { parseError } from "@crestwood/client";
import { formatDate, formatTime } from "@crestwood/i18n";
import { getAdminContext } from "~/lib/admin";
import { CommentLinkForm } from "./_components/comment-link-form";
import "../../_components/account-and-history.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminContext()).t.commentLink.title, referrer: "no-referrer" };
}

/**
 * Where approve / spam links in comment notices lead. Opening it changes nothing (mail scanners
 * open links); the button does it, for the person the mail was sent to, signed in or not.
 */
export default async function CommentLinkPage({ searchParams }: PageProps<"/admin/comments/act">) {
  const [{ api, t, blog }, query] = await Promise.all([getAdminContext(), searchParams]);
  const token = typeof query.token === "string" ? query.token.slice(0, 512) : "";
  let found: Awaited<ReturnType<typeof api.comment.mailAction>> | null = null;
  let problem: string | null = null;
  try {
    found = await api.comment.mailAction({ token });
  } catch (error) {
    const { code, message } = parseError(error);
    if (code !== "FORBIDDEN" && code !== "NOT_FOUND" && code !== "BAD_REQUEST") throw error;
    problem = code === "FORBIDDEN" ? t.commentLink.notAllowed : code === "NOT_FOUND" ? t.commentLink.gone : /expired/.test(message) ? t.commentLink.expired : t.commentLink.invalid;
  }
  const done = found && ((found.action === "approve" && found.comment.status === "published") || (found.action === "spam" && found.comment.status === "spam"));
  return (
    <section className="admin-card" aria-labelledby="comment-link-heading">
      <h1 id="comment-link-heading">{found ? (found.action === "approve" ? t.commentLink.approveQuestion : t.commentLink.spamQuestion) : t.commentLink.title}</h1>
      {found ? (
        <>
          <p className="comment-meta">
            <strong>{found.comment.authorName}</strong> {t.commentLink.on(found.comment.postTitle)} ·{" "}
            {formatDate(found.comment.createdAt, blog.language, blog.timeZone)} {formatTime(found.comment.createdAt, blog.language, blog.timeZone)}
          </p>
          <blockquote className="quoted-comment">{found.comment.text}</blockquote>
          {done ? <p role="status">{t.commentLink.already}</p> : <CommentLinkForm language={blog.language} token={token} action={found.action} />}
        </>
      ) : (
        <p role="alert">{problem}</p>
      )}
      <p>
        <Link href="/admin/comments">{t.commentLink.toQueue}</Link>
      </p>
    </section>
  );
}
