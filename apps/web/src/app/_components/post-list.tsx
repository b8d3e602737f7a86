import type { ReaderPost } from "@crestwood/api";
import { dayKey, formatDateHeader } from "@crestwood/i18n";
import type { BlogContext } from "~/lib/blog";
import { PostArticle } from "./post-article";

/** Posts under date headers, one header per day in the blog's timezone, as Blogger shows them. */
export function PostList({ posts, blog }: { posts: ReaderPost[]; blog: BlogContext }) {
  const days: { key: string; date: Date; posts: ReaderPost[] }[] = [];
  for (const post of posts) {
    const key = dayKey(post.publishedAt, blog.timeZone);
    const current = days.at(-1);
    if (current && current.key === key) current.posts.push(post);
    else days.push({ key, date: post.publishedAt, posts: [post] });
  }
  if (days.length === 0) return <p className="empty">{blog.t.noPosts}</p>;
  return (
    <div className="blog-posts">
      {days.map((day) => (
        <section className="date-outer" key={day.key} aria-labelledby={`date-${day.key}`}>
          <h2 className="date-header" id={`date-${day.key}`}>
            <time dateTime={day.key}>{formatDateHeader(day.date, blog.language, blog.timeZone)}</time>
          </h2>
          {day.posts.map((post) => (
            <PostArticle key={post.id} post={post} blog={blog} standalone={false} />
          ))}
        </section>
      ))}
    </div>
  );
}
