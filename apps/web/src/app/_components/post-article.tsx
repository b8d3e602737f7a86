import Link from "next/link";
import type { ReaderPost } from "@crestwood/api";
import { formatCommentCount, formatTime } from "@crestwood/i18n";
import type { BlogContext } from "~/lib/blog";

interface PostArticleProps {
  post: ReaderPost;
  blog: BlogContext;
  /** On its own page a post's title is the page's main heading; in lists it sits under a date. */
  standalone: boolean;
}

export function PostArticle({ post, blog, standalone }: PostArticleProps) {
  const { t, language, timeZone } = blog;
  const Title = standalone ? "h1" : "h3";
  const time = formatTime(post.publishedAt, language, timeZone);
  return (
    <article className="post" aria-labelledby={`post-title-${post.id}`}>
      <Title className="post-title" id={`post-title-${post.id}`}>
        {standalone ? post.title : <Link href={post.path}>{post.title}</Link>}
      </Title>
      <div className="post-body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      <footer className="post-footer">
        {post.labels.length > 0 ? (
          <p className="post-labels">
            {t.labels}{" "}
            {post.labels.map((label, index) => (
              <span key={label.name}>
                {index > 0 ? ", " : null}
                <Link href={label.path} rel="tag">
                  {label.name}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
        <p className="post-author">
          {post.authorName ? t.postedBy(post.authorName, "") : t.postedAt("")}
          <Link href={post.path} className="timestamp-link">
            <time dateTime={post.publishedAt.toISOString()}>{time}</time>
          </Link>
        </p>
        {standalone ? null : (
          <p className="post-comment-link">
            <Link href={`${post.path}#comments`}>{formatCommentCount(post.commentCount, language)}</Link>
          </p>
        )}
      </footer>
    </article>
  );
}
