import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { formatCommentCount, formatDateHeader } from "@crestwood/i18n";
import type { ReaderPost } from "@crestwood/api";
import { getBlogContext } from "~/lib/blog";
import { decodeParam } from "~/lib/params";
import { getApi } from "~/trpc/server";
import { PostArticle } from "~/app/_components/post-article";
import { CommentForm } from "./_components/comment-form";
import { CommentList } from "./_components/comment-list";

type Params = PageProps<"/[year]/[month]/[slug]">["params"];

/** The post a permalink names, or null. The URL's year and month are checked by the page. */
async function findPost(params: Params): Promise<ReaderPost | null> {
  const { slug } = await params;
  const match = /^(.+)\.html$/.exec(decodeParam(slug));
  if (!match?.[1]) return null;
  const api = await getApi();
  try {
    return await api.post.bySlug({ slug: match[1] });
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const post = await findPost(params);
  if (!post) return {};
  return { title: post.title, description: post.excerpt || undefined, alternates: { canonical: post.path } };
}

export default async function PostPage({ params, searchParams }: PageProps<"/[year]/[month]/[slug]">) {
  const post = await findPost(params);
  if (!post) notFound();
  const { year, month, slug } = await params;
  // Old or mistyped permalinks (wrong month, say) lead to the one canonical address.
  if (`/${year}/${month}/${decodeParam(slug)}` !== post.path) permanentRedirect(post.path);

  const [blog, api, query] = await Promise.all([getBlogContext(), getApi(), searchParams]);
  const comments = await api.comment.list({ postId: post.id });
  const { t, language, timeZone, settings } = blog;
  const commentStatus = query.comment === "pending" ? "pending" : null;

  return (
    <>
      <h2 className="date-header">
        <time dateTime={post.publishedAt.toISOString()}>{formatDateHeader(post.publishedAt, language, timeZone)}</time>
      </h2>
      <PostArticle post={post} blog={blog} standalone />
      <section id="comments" className="comments" aria-labelledby="comments-heading">
        <h2 id="comments-heading">{formatCommentCount(comments.length, language)}:</h2>
        <CommentList comments={comments} blog={blog} />
        <h2 id="comment-form-heading">{t.postComment}</h2>
        {settings.commentPolicy === "closed" ? (
          <p>{t.commentForm.closed}</p>
        ) : (
          <CommentForm postSlug={post.slug} postPath={post.path} language={language} pendingNotice={commentStatus === "pending"} />
        )}
      </section>
      <p className="post-feeds">
        <a href={post.commentsFeedPath} type="application/atom+xml">
          {t.subscribePostComments}
        </a>
      </p>
      <nav className="blog-pager" aria-label={t.blogNavigation}>
        <Link className="home-link" href="/">
          &lt;&lt; {t.home}
        </Link>
      </nav>
    </>
  );
}
