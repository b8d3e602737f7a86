/**
 * Mail about comments: the post's author (and the owner, for comments held for moderation) hears
 * of a new comment, with approve / spam links that act for them alone; a commenter who asked to
 * hear of replies gets one when a reply appears, with a one-click way to stop.
 */
import type { Db, Role } from "@crestwood/db";
import { AppError } from "../errors";
import { canEditPost } from "../auth/permissions";
import { readSignedLink, signLink } from "../auth/signed-link";
import { formatPostPath } from "../urls";
import { htmlToText } from "../content/sanitize";
import { enqueueMail } from "../mail/outbox";
import { commentNoticeMail, replyNoticeMail } from "../mail/templates";
import { getBlog } from "./blog";
import { setCommentStatus } from "./comment-moderation";

/** How long approve / spam links in a notice work. */
export const COMMENT_LINK_DAYS = 14;
export const COMMENT_LINK_ACTIONS = ["approve", "spam"] as const;
export type CommentLinkAction = (typeof COMMENT_LINK_ACTIONS)[number];

const noticeSelect = {
  id: true,
  status: true,
  authorName: true,
  bodyHtml: true,
  email: true,
  parentId: true,
  post: { select: { id: true, title: true, slug: true, kind: true, status: true, publishedAt: true, authorId: true } },
} as const;

/** A comment's stored HTML as the plain text a mail quotes, its line breaks kept. */
export function commentPlainText(html: string): string {
  return html
    .split(/<br\s*\/?>|<\/p>/i)
    .map((line) => htmlToText(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function commentUrl(origin: string, post: { slug: string; kind: "post" | "page"; publishedAt: Date | null }, timeZone: string, commentId: string): string | null {
  if (!post.publishedAt) return null;
  return `${origin}${formatPostPath({ slug: post.slug, kind: post.kind, publishedAt: post.publishedAt }, timeZone)}#c${commentId}`;
}

export function commentActionLink(origin: string, secret: string, input: { commentId: string; action: CommentLinkAction; userId: string }, now = new Date()): string {
  const token = signLink(secret, "comment-action", [input.commentId, input.action, input.userId], new Date(now.getTime() + COMMENT_LINK_DAYS * 86_400_000));
  return `${origin}/admin/comments/act?token=${encodeURIComponent(token)}`;
}

/**
 * A new comment from a reader: its post's author hears of it; a comment waiting for moderation
 * also goes to the owner(s). Spam is not worth anyone's mail.
 */
export async function notifyNewComment(db: Db, commentId: string, origin: string, now = new Date()) {
  const comment = await db.comment.findUnique({ where: { id: commentId }, select: noticeSelect });
  if (!comment || (comment.status !== "pending" && comment.status !== "published")) return;
  const pending = comment.status === "pending";
  const recipients = await db.user.findMany({
    where: { OR: [...(comment.post.authorId ? [{ id: comment.post.authorId }] : []), ...(pending || !comment.post.authorId ? [{ role: "owner" as Role }] : [])] },
    select: { id: true, email: true, name: true, role: true },
  });
  const blog = await getBlog(db);
  for (const user of recipients) {
    if (!canEditPost(user, comment.post)) continue;
    const link = (action: CommentLinkAction) => commentActionLink(origin, blog.secret, { commentId: comment.id, action, userId: user.id }, now);
    const mail = commentNoticeMail(blog, {
      postTitle: comment.post.title,
      authorName: comment.authorName,
      text: commentPlainText(comment.bodyHtml),
      pending,
      approveUrl: pending ? link("approve") : null,
      spamUrl: link("spam"),
      viewUrl: pending ? null : commentUrl(origin, comment.post, blog.timezone, comment.id),
      moderateUrl: `${origin}/admin/comments`,
      linkDays: COMMENT_LINK_DAYS,
    });
    await enqueueMail(db, { kind: "comment-notice", to: user.email, ...mail }, now);
  }
}

/**
 * RFC 2369 / 8058 headers: mail clients show an "Unsubscribe" button that POSTs to the address,
 * answered by a route (apps/web/src/app/api/unsubscribe) rather than the page the mail links to.
 */
export function oneClickUnsubscribeHeaders(pageUrl: string): Record<string, string> {
  const url = new URL(pageUrl);
  const kind = url.pathname.startsWith("/follow/") ? "follow" : "replies";
  return { "List-Unsubscribe": `<${url.origin}/api/unsubscribe/${kind}${url.search}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

export function replyUnsubscribeLink(origin: string, secret: string, commentId: string): string {
  return `${origin}/comments/unsubscribe?token=${encodeURIComponent(signLink(secret, "reply-unsubscribe", [commentId], null))}`;
}

/**
 * A reply has just become visible: the commenter it answers hears of it, if they asked to and are
 * not its author (same address). Called wherever a reply is published (new, approved, answered).
 */
export async function notifyReply(db: Db, replyId: string, origin: string, now = new Date()) {
  const reply = await db.comment.findUnique({ where: { id: replyId }, select: { ...noticeSelect, user: { select: { email: true } } } });
  if (!reply?.parentId || reply.status !== "published") return;
  const parent = await db.comment.findUnique({ where: { id: reply.parentId }, select: { id: true, email: true, notifyReplies: true, bodyHtml: true, status: true } });
  if (!parent?.email || !parent.notifyReplies || parent.status !== "published") return;
  const replierEmail = reply.email ?? reply.user?.email ?? null;
  if (replierEmail && replierEmail.toLowerCase() === parent.email.toLowerCase()) return;
  const blog = await getBlog(db);
  const viewUrl = commentUrl(origin, reply.post, blog.timezone, reply.id);
  if (!viewUrl) return;
  const unsubscribeUrl = replyUnsubscribeLink(origin, blog.secret, parent.id);
  const mail = replyNoticeMail(blog, {
    postTitle: reply.post.title,
    replierName: reply.authorName,
    originalText: commentPlainText(parent.bodyHtml),
    replyText: commentPlainText(reply.bodyHtml),
    viewUrl,
    unsubscribeUrl,
  });
  await enqueueMail(db, { kind: "reply-notice", to: parent.email, ...mail, headers: oneClickUnsubscribeHeaders(unsubscribeUrl) }, now);
}

/** What a reply-unsubscribe link stops: every reply notice to that comment's address. */
export async function readReplyUnsubscribe(db: Db, token: string) {
  const blog = await getBlog(db);
  const check = readSignedLink(blog.secret, "reply-unsubscribe", token, 1);
  if (!check.ok) throw new AppError("INVALID_INPUT", "This unsubscribe link is not valid.", { field: "token" });
  const comment = await db.comment.findUnique({ where: { id: check.fields[0] ?? "" }, select: { id: true, email: true } });
  // An erased or deleted comment has nothing left to unsubscribe: that is success, not an error.
  return { commentId: comment?.id ?? null, email: comment?.email ?? null };
}

export async function unsubscribeReplies(db: Db, token: string) {
  const { email } = await readReplyUnsubscribe(db, token);
  if (email) await db.comment.updateMany({ where: { email, notifyReplies: true }, data: { notifyReplies: false } });
  return { unsubscribed: true };
}

/** What a link from a comment notice would do, for the confirm page (a GET changes nothing). */
export async function readCommentActionLink(db: Db, token: string, now = new Date()) {
  const blog = await getBlog(db);
  const check = readSignedLink(blog.secret, "comment-action", token, 3, now);
  if (!check.ok) {
    throw new AppError("INVALID_INPUT", check.reason === "expired" ? "This link has expired: moderate the comment in the admin." : "This link is not valid.", { field: "token" });
  }
  const [commentId = "", action = "", userId = ""] = check.fields;
  if (!(COMMENT_LINK_ACTIONS as readonly string[]).includes(action)) throw new AppError("INVALID_INPUT", "This link is not valid.", { field: "token" });
  const [comment, user] = await Promise.all([
    db.comment.findUnique({ where: { id: commentId }, select: { id: true, status: true, authorName: true, bodyHtml: true, createdAt: true, post: { select: { id: true, title: true, authorId: true } } } }),
    db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } }),
  ]);
  if (!comment || comment.status === "trash") throw new AppError("NOT_FOUND", "This comment no longer exists.");
  // The link acts for the person it was sent to, with their rights as they are now.
  if (!user || !canEditPost(user, comment.post)) throw new AppError("FORBIDDEN", "This link no longer works for you.");
  return {
    action: action as CommentLinkAction,
    user,
    comment: { id: comment.id, status: comment.status, authorName: comment.authorName, text: commentPlainText(comment.bodyHtml), createdAt: comment.createdAt, postTitle: comment.post.title },
  };
}

/** The confirm button on that page: does what the link says, as the person it was sent to. */
export async function applyCommentActionLink(db: Db, token: string, origin: string, now = new Date()) {
  const { action, user, comment } = await readCommentActionLink(db, token, now);
  const updated = await setCommentStatus(db, user, comment.id, action === "approve" ? "published" : "spam", origin);
  return { action, status: updated.status, postTitle: comment.postTitle };
}
