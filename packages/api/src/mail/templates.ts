/**
 * Every mail the blog sends, each a function from what it is about to a composed mail in the
 * blog's language. Links arrive absolute (the caller knows the origin).
 */
import { mailMessages, type LanguageCode } from "@crestwood/i18n";
import { composeMail, type ComposedMail, type MailBlock } from "./compose";

export interface MailBlog {
  title: string;
  language: LanguageCode;
}

/** A mail in the blog's language, signed with the blog's footer (after what this mail adds to it). */
function blogMail(blog: MailBlog, subject: string, blocks: MailBlock[], footer: MailBlock[] = []): ComposedMail {
  return composeMail({ language: blog.language, subject, blocks, footer: [...footer, { type: "small", text: mailMessages[blog.language].footer(blog.title) }] });
}

export function passwordResetMail(blog: MailBlog, input: { name: string; url: string; hours: number; sentBy?: string | null }): ComposedMail {
  const t = mailMessages[blog.language].passwordReset;
  return blogMail(blog, t.subject(blog.title), [
    { type: "paragraph", text: input.sentBy ? t.byOwner(input.sentBy, blog.title) : t.intro(input.name, blog.title) },
    { type: "action", label: t.action, url: input.url },
    { type: "paragraph", text: t.expires(input.hours) },
    { type: "paragraph", text: t.ignore },
  ]);
}

export function passwordChangedMail(blog: MailBlog, input: { name: string; signInUrl: string }): ComposedMail {
  const t = mailMessages[blog.language].passwordChanged;
  return blogMail(blog, t.subject(blog.title), [
    { type: "paragraph", text: t.text(input.name, blog.title) },
    { type: "paragraph", text: t.notYou },
    { type: "link", label: input.signInUrl, url: input.signInUrl },
  ]);
}

export function emailChangeMail(blog: MailBlog, input: { name: string; url: string; hours: number }): ComposedMail {
  const t = mailMessages[blog.language].emailChange;
  return blogMail(blog, t.subject(blog.title), [
    { type: "paragraph", text: t.intro(input.name, blog.title) },
    { type: "action", label: t.action, url: input.url },
    { type: "paragraph", text: t.expires(input.hours) },
    { type: "paragraph", text: t.ignore },
  ]);
}

export function emailChangedMail(blog: MailBlog, input: { name: string; newEmail: string }): ComposedMail {
  const t = mailMessages[blog.language].emailChanged;
  return blogMail(blog, t.subject(blog.title), [
    { type: "paragraph", text: t.text(input.name, input.newEmail) },
    { type: "paragraph", text: t.notYou },
  ]);
}

export interface CommentNoticeInput {
  postTitle: string;
  authorName: string;
  /** The comment as plain text. */
  text: string;
  pending: boolean;
  approveUrl: string | null;
  spamUrl: string;
  viewUrl: string | null;
  moderateUrl: string;
  linkDays: number;
}

export function commentNoticeMail(blog: MailBlog, input: CommentNoticeInput): ComposedMail {
  const t = mailMessages[blog.language].commentNotice;
  const blocks: MailBlock[] = [
    { type: "paragraph", text: input.pending ? t.introPending(input.authorName, input.postTitle) : t.introPublished(input.authorName, input.postTitle) },
    { type: "quote", text: input.text },
  ];
  if (input.approveUrl) blocks.push({ type: "action", label: t.approve, url: input.approveUrl });
  blocks.push({ type: "link", label: t.spam, url: input.spamUrl });
  if (input.viewUrl) blocks.push({ type: "link", label: t.view, url: input.viewUrl });
  blocks.push({ type: "link", label: t.moderate, url: input.moderateUrl });
  return blogMail(blog, input.pending ? t.subjectPending(input.postTitle) : t.subjectPublished(input.postTitle), blocks, [{ type: "small", text: t.linksExpire(input.linkDays) }]);
}

export function replyNoticeMail(
  blog: MailBlog,
  input: { postTitle: string; replierName: string; originalText: string; replyText: string; viewUrl: string; unsubscribeUrl: string },
): ComposedMail {
  const t = mailMessages[blog.language].replyNotice;
  return blogMail(blog, t.subject(input.postTitle), [
    { type: "paragraph", text: t.intro(input.replierName, input.postTitle) },
    { type: "quote", label: t.theReply, text: input.replyText },
    { type: "action", label: t.view, url: input.viewUrl },
    { type: "quote", label: t.yourComment, text: input.originalText },
  ], [
    { type: "small", text: t.why },
    { type: "link", label: t.unsubscribe, url: input.unsubscribeUrl },
  ]);
}

export function followConfirmMail(blog: MailBlog, input: { url: string }): ComposedMail {
  const t = mailMessages[blog.language].subscribeConfirm;
  return blogMail(blog, t.subject(blog.title), [
    { type: "paragraph", text: t.intro(blog.title) },
    { type: "action", label: t.action, url: input.url },
    { type: "paragraph", text: t.ignore },
  ]);
}

export interface DigestPost {
  title: string;
  url: string;
  excerpt: string;
}

/** New posts for a follower: one post (per post) or the day's (daily). */
export function digestMail(blog: MailBlog, input: { posts: DigestPost[]; unsubscribeUrl: string }): ComposedMail {
  const t = mailMessages[blog.language].digest;
  const single = input.posts.length === 1 ? input.posts[0] : undefined;
  return blogMail(blog, single ? single.title : t.subjectDaily(blog.title, input.posts.length), [
    { type: "paragraph", text: single ? t.introPost(blog.title) : t.introDaily(blog.title) },
    ...input.posts.map((post): MailBlock => ({ type: "post", title: post.title, url: post.url, excerpt: post.excerpt, readMore: t.readMore })),
  ], [
    { type: "small", text: t.why(blog.title) },
    { type: "link", label: t.unsubscribe, url: input.unsubscribeUrl },
  ]);
}
