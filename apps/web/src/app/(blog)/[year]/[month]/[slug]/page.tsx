import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { FORM_TOKEN_PLACEHOLDER } from "@crestwood/api";
import { formatCommentCount, formatDateHeader } from "@crestwood/i18n";
import { getBlogContext } from "~/lib/blog";
import { CacheTag, cacheTags } from "~/lib/cache-tags";
import { getOrigin } from "~/lib/origin";
import { decodeParam } from "~/lib/params";
import { findPostBySlugSegment, postMetadata, redirectFromLegacyPath } from "~/lib/post-lookup";
import { orNotFound } from "~/lib/trpc-errors";
import { getApi } from "~/trpc/server";
import { PostArticle } from "~/app/_components/post-article";
import { PostJsonLd } from "~/app/_components/post-json-ld";
import { CommentForm } from "./_components/comment-form";
import { CommentList } from "./_components/comment-list";
import { CommentPager } from "./_components/comment-pager";

export async function generateMetadata({ params }: PageProps<"/[year]/[month]/[slug]">): Promise<Metadata> {
  const post = await findPostBySlugSegment((await params).slug);
  if (!post) return {};
  return postMetadata(post, await getBlogContext());
}

/** `?commentPage=2`: which page of a long comment thread (anything else: the first). */
function commentPageOf(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}

export default async function PostPage({ params, searchParams }: PageProps<"/[year]/[month]/[slug]">) {
  const { year, month, slug } = await params;
  const post = await findPostBySlugSegment(slug);
  if (!post) {
    await redirectFromLegacyPath(`/${year}/${month}/${slug}`);
    notFound();
  }
  // Old or mistyped permalinks (wrong month, a page under a date) lead to the one canonical address.
  if (`/${year}/${month}/${decodeParam(slug)}` !== post.path) permanentRedirect(post.path);

  const [blog, api, query, origin] = await Promise.all([getBlogContext(), getApi(), searchParams, getOrigin()]);
  await cacheTags(CacheTag.comments(post.id));
  const comments = await orNotFound(api.comment.page({ postId: post.id, page: commentPageOf(query.commentPage) }));
  if (!comments) notFound();
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
        <h2 id="comments-heading">{formatCommentCount(comments.total, language)}:</h2>
        <CommentPager page={comments} postPath={post.path} blog={blog} />
        <CommentList comments={comments.comments} blog={blog} />
        <CommentPager page={comments} postPath={post.path} blog={blog} />
        <h2 id="comment-form-heading">{t.postComment}</h2>
        {settings.commentPolicy === "closed" ? (
          <p>{t.commentForm.closed}</p>
        ) : (
          <CommentForm postSlug={post.slug} postPath={post.path} language={language} pendingNotice={commentStatus === "pending"} formToken={FORM_TOKEN_PLACEHOLDER} />
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
