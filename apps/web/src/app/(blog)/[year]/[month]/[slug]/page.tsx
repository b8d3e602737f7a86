import type { Metadata } from "next";
import Link from "next/link";
import { FORM_TOKEN_PLACEHOLDER } from "@crestwood/api";
import { formatCommentCount, formatDateHeader } from "@crestwood/i18n";
import { getBlogContext } from "~/lib/blog";
import { CacheTag, cacheTags } from "~/lib/cache-tags";
import { getOrigin } from "~/lib/origin";
import { postMetadata } from "~/lib/post-metadata";
import { answerUnfound, resolveReaderAddress, unfoundMetadata } from "~/lib/reader-address";
import { parseError } from "@crestwood/client";
import { getApi } from "~/trpc/server";
import { NotFoundView } from "~/app/_components/not-found-view";
import { PostArticle } from "~/app/_components/post-article";
import { PostJsonLd } from "~/app/_components/post-json-ld";
import { ShareLinks } from "~/app/_components/share-links";
import { CommentForm } from "./_components/comment-form";
import { CommentList } from "./_components/comment-list";
import { CommentPager } from "./_components/comment-pager";

function pathOf(params: { year: string; month: string; slug: string }): string {
  return `/${params.year}/${params.month}/${params.slug}`;
}

/** `?commentPage=2`: which page of a long comment thread (anything else: the first). */
function commentPageOf(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw && /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}

export async function generateMetadata({ params }: PageProps<"/[year]/[month]/[slug]">): Promise<Metadata> {
  const [answer, blog] = await Promise.all([resolveReaderAddress(pathOf(await params)), getBlogContext()]);
  if (answer.status === "post") return postMetadata(answer.post, blog);
  return answer.status === "moved" ? {} : unfoundMetadata(blog, answer.status === "gone");
}

/**
 * A post at its permalink (/2009/02/slug.html), found by its whole address. Its old addresses
 * (renamed, re-dated, imported) and mistyped ones lead here permanently; a deleted one answers 410.
 * Its comments come 200 at a time (?commentPage=2), as Blogger shows them.
 */
export default async function PostPage({ params, searchParams }: PageProps<"/[year]/[month]/[slug]">) {
  const [answer, blog, query] = await Promise.all([resolveReaderAddress(pathOf(await params)), getBlogContext(), searchParams]);
  if (answer.status !== "post") return <NotFoundView blog={blog} gone={answerUnfound(answer, query) === "gone"} />;
  const { post } = answer;

  await cacheTags(CacheTag.comments(post.id));
  const [api, origin] = await Promise.all([getApi(), getOrigin()]);
  const replyId = typeof query.replyTo === "string" ? query.replyTo : undefined;
  const [comments, neighbours] = await Promise.all([
    // A comment page past the last one answers NOT_FOUND: null, and the page shows its 404.
    api.comment.page({ postId: post.id, page: commentPageOf(query.commentPage), replyTo: replyId }).catch((error: unknown) => {
      if (parseError(error).code === "NOT_FOUND") return null;
      throw error;
    }),
    api.post.neighbours({ id: post.id }),
  ]);
  // The links to the neighbouring posts show their titles.
  await cacheTags(...[neighbours.newer, neighbours.older].flatMap((neighbour) => (neighbour ? [CacheTag.post(neighbour.id)] : [])));
  // A comment page past the last one: nothing there.
  if (!comments) return <NotFoundView blog={blog} gone={answerUnfound({ status: "missing" }) === "gone"} />;
  const { t, language, timeZone, settings } = blog;

  return (
    <>
      <PostJsonLd post={post} origin={origin} blogTitle={settings.title} />
      <h2 className="date-header">
        <time dateTime={post.publishedAt.toISOString()}>{formatDateHeader(post.publishedAt, language, timeZone)}</time>
      </h2>
      <PostArticle post={post} blog={blog} standalone />
      <ShareLinks title={post.title} url={`${origin}${post.path}`} blog={blog} />
      <section id="comments" className="comments" aria-labelledby="comments-heading">
        <h2 id="comments-heading">{formatCommentCount(comments.total, language)}:</h2>
        <CommentPager page={comments} postPath={post.path} blog={blog} />
        <CommentList comments={comments.comments} blog={blog} postPath={post.path} />
        <CommentPager page={comments} postPath={post.path} blog={blog} />
        <h2 id="comment-form-heading">{t.postComment}</h2>
        {settings.commentPolicy === "closed" ? (
          <p>{t.commentForm.closed}</p>
        ) : (
          <CommentForm
            postId={post.id}
            replyTo={comments.replyTo}
            postPath={post.path}
            language={language}
            pendingNotice={query.comment === "pending"}
            formToken={FORM_TOKEN_PLACEHOLDER}
          />
        )}
      </section>
      <p className="post-feeds">
        <a href={post.commentsFeedPath} type="application/atom+xml">
          {t.subscribePostComments}
        </a>
      </p>
      <nav className="blog-pager" aria-label={t.blogNavigation}>
        {neighbours.newer ? (
          <Link className="newer-link" href={neighbours.newer.path} rel="prev" title={neighbours.newer.title}>
            {t.newerPosts}
          </Link>
        ) : null}
        <Link className="home-link" href="/">
          &lt;&lt; {t.home}
        </Link>
        {neighbours.older ? (
          <Link className="older-link" href={neighbours.older.path} rel="next" title={neighbours.older.title}>
            {t.olderPosts}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
