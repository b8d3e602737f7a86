import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { formatCommentCount, formatDateHeader } from "@crestwood/i18n";
import { getBlogContext } from "~/lib/blog";
import { getOrigin } from "~/lib/origin";
import { decodeParam } from "~/lib/params";
import { findPostBySlugSegment, postMetadata, redirectFromLegacyPath } from "~/lib/post-lookup";
import { getApi } from "~/trpc/server";
import { PostArticle } from "~/app/_components/post-article";
import { PostJsonLd } from "~/app/_components/post-json-ld";
import { CommentForm } from "./_components/comment-form";
import { CommentList } from "./_components/comment-list";

export async function generateMetadata({ params }: PageProps<"/[year]/[month]/[slug]">): Promise<Metadata> {
  const post = await findPostBySlugSegment((await params).slug);
  if (!post) return {};
  return postMetadata(post, await getBlogContext());
}

export default async function PostPage({ params, searchParams }: PageProps<"/[year]/[month]/[slug]">) {
  const { year, month, slug } = await params;
  const post = await findPostBySlugSegment(slug);
  if (!post) {
    await redirectFromLegacyPath(`/${year}/${month}/${slug}`);
    notFound();
  }
  // Old or mistyped permalinks (wrong month, a page under a date) lead to the one canonical address,
  // unless the whole address was another post's (Blogger repeated slugs across months).
  if (`/${year}/${month}/${decodeParam(slug)}` !== post.path) {
    await redirectFromLegacyPath(`/${year}/${month}/${slug}`);
    permanentRedirect(post.path);
  }

  const [blog, api, query, origin] = await Promise.all([getBlogContext(), getApi(), searchParams, getOrigin()]);
  const comments = await api.comment.list({ postId: post.id });
  const { t, language, timeZone, settings } = blog;
  const commentStatus = query.comment === "pending" ? "pending" : null;

  return (
    <>
      <PostJsonLd post={post} origin={origin} blogTitle={settings.title} />
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
