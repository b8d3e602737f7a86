/**
 * One person's data, by e-mail address, on their request (GDPR articles 15 and 17): what the
 * blog keeps about a commenter or follower, as JSON, and its erasure. Accounts of authors are not
 * touched here (the owner removes those in Authors).
 *
 * Erasing keeps the conversation readable: comments stay, signed "Anonymous", without address,
 * web site or IP hash; the follower row and every mail to the address (sent or queued) go.
 */
import type { Db } from "@crestwood/db";
import { messages } from "@crestwood/i18n";
import { ZPersonalDataInputSchema, type TPersonalDataInput } from "@crestwood/validators";
import { htmlToText } from "../content/sanitize";
import { withChanges } from "../changes/announce";
import { getBlog } from "./blog";

export async function exportPersonalData(db: Db, rawInput: TPersonalDataInput) {
  const { email } = ZPersonalDataInputSchema.parse(rawInput);
  const [comments, subscriber, mail] = await Promise.all([
    db.comment.findMany({
      where: { email },
      orderBy: { createdAt: "asc" },
      select: { id: true, authorName: true, authorUrl: true, bodyHtml: true, status: true, notifyReplies: true, createdAt: true, post: { select: { title: true } } },
    }),
    db.subscriber.findUnique({ where: { email }, select: { status: true, createdAt: true, confirmedAt: true, unsubscribedAt: true } }),
    db.outboxMessage.findMany({ where: { to: email }, orderBy: { createdAt: "asc" }, select: { kind: true, subject: true, status: true, createdAt: true, sentAt: true } }),
  ]);
  return {
    email,
    exportedAt: new Date(),
    comments: comments.map(({ bodyHtml, post, ...comment }) => ({ ...comment, text: htmlToText(bodyHtml), postTitle: post.title })),
    following: subscriber,
    mail,
  };
}
export type PersonalDataExport = Awaited<ReturnType<typeof exportPersonalData>>;

export async function erasePersonalData(db: Db, rawInput: TPersonalDataInput) {
  const { email } = ZPersonalDataInputSchema.parse(rawInput);
  const blog = await getBlog(db);
  const anonymous = messages[blog.language].privacy.anonymous;
  const [comments, subscribers, mail] = await withChanges(db, async (tx, announce) => {
    // The names and links on their comments change: readers see that on those posts.
    const shown = await tx.comment.findMany({ where: { email, status: "published" }, select: { postId: true }, distinct: ["postId"] });
    const erased = await tx.comment.updateMany({ where: { email }, data: { email: null, notifyReplies: false, authorName: anonymous, authorUrl: null, ipHash: null } });
    announce(...shown.map(({ postId }) => ({ type: "comment.changed" as const, postId })));
    return [erased, await tx.subscriber.deleteMany({ where: { email } }), await tx.outboxMessage.deleteMany({ where: { to: email } })] as const;
  });
  return { comments: comments.count, followers: subscribers.count, mail: mail.count };
}
