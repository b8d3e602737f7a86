import type { ReaderComment } from "@crestwood/api";
import { formatDate, formatTime } from "@crestwood/i18n";
import type { BlogContext } from "~/lib/blog";

interface ThreadNode {
  comment: ReaderComment;
  replies: ThreadNode[];
}

/** Nests replies under the comment they answer; a reply to a hidden comment stays at the top. */
function buildThreads(comments: ReaderComment[]): ThreadNode[] {
  const nodes = new Map(comments.map((comment) => [comment.id, { comment, replies: [] as ThreadNode[] }]));
  const roots: ThreadNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.comment.parentId ? nodes.get(node.comment.parentId) : undefined;
    (parent ? parent.replies : roots).push(node);
  }
  return roots;
}

function CommentThread({ nodes, blog, postPath }: { nodes: ThreadNode[]; blog: BlogContext; postPath: string }) {
  const { t, language, timeZone } = blog;
  return (
    <ol className="comment-thread">
      {nodes.map(({ comment, replies }) => (
        <li key={comment.id} id={`c${comment.id}`} className={comment.byAuthor ? "comment by-author" : "comment"}>
          <p className="comment-author">
            {comment.authorUrl ? (
              <a href={comment.authorUrl} rel="nofollow ugc noopener">
                {comment.authorName}
              </a>
            ) : (
              comment.authorName
            )}
          </p>
          <div className="comment-body" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
          <p className="comment-footer">
            <a href={`#c${comment.id}`}>
              <time dateTime={comment.createdAt.toISOString()}>
                {t.commentAt(formatDate(comment.createdAt, language, timeZone), formatTime(comment.createdAt, language, timeZone))}
              </time>
            </a>{" "}
            {/* A plain link, so replying works without JavaScript: the page comes back with the form answering this comment. */}
            <a className="reply-link" href={`${postPath}?replyTo=${encodeURIComponent(comment.id)}#comment-form`} rel="nofollow" aria-label={`${t.reply}: ${comment.authorName}`}>
              {t.reply}
            </a>
          </p>
          {replies.length > 0 ? <CommentThread nodes={replies} blog={blog} postPath={postPath} /> : null}
        </li>
      ))}
    </ol>
  );
}

export function CommentList({ comments, blog, postPath }: { comments: ReaderComment[]; blog: BlogContext; postPath: string }) {
  if (comments.length === 0) return null;
  return <CommentThread nodes={buildThreads(comments)} blog={blog} postPath={postPath} />;
}
