import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { deliverOutbox, linkIn, startTestSmtpServer, type TestSmtpServer } from "../../test/smtp-server";
import { callerAs, callerFor, formTokenFor, makeBlog, makePost, makeUser, unique } from "../../test/factories";
import { readCommentActionLink } from "./comment-notifications";

let testDb: TestDb;
let smtp: TestSmtpServer;
beforeAll(async () => {
  [testDb, smtp] = await Promise.all([createTestDb(), startTestSmtpServer()]);
});
afterAll(async () => {
  await Promise.all([testDb.cleanup(), smtp.close()]);
});

const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";

describe("comment notices", () => {
  it("mail the post's author and the owner a held comment, with an approve link that works for them only", async () => {
    await makeBlog(testDb.db, { commentPolicy: "moderated", language: "sv" });
    const owner = await makeUser(testDb.db, { role: "owner" });
    const author = await makeUser(testDb.db);
    const post = await makePost(testDb.db, { authorId: author.id, title: "Båtar & hamnar" });
    const reader = callerFor(testDb.db, { clientIp: "192.0.2.10" });
    const comment = await reader.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "Läsaren", body: "Fin <i>text</i>!\nRad två", email: "lasare@example.org" });
    expect(comment.status).toBe("pending");
    await deliverOutbox(testDb.db, smtp);

    const [toAuthor] = smtp.to(author.email);
    const [toOwner] = smtp.to(owner.email);
    expect(toAuthor?.subject).toBe("Kommentar väntar på godkännande: Båtar & hamnar");
    expect(toAuthor?.text).toContain("> Fin text!\n> Rad två");
    expect(toAuthor?.html).toContain("Fin text!<br>");
    expect(toOwner).toBeDefined();
    // The commenter's address is never in the notice.
    expect(toAuthor?.text).not.toContain("lasare@example.org");

    const approve = tokenOf(linkIn(toAuthor, "http://localhost/admin/comments/act?token="));
    // Reading the link (a GET, a mail scanner) changes nothing.
    await expect(reader.comment.mailAction({ token: approve })).resolves.toMatchObject({ action: "approve", comment: { id: comment.id, status: "pending", postTitle: "Båtar & hamnar" } });
    expect((await testDb.db.comment.findUniqueOrThrow({ where: { id: comment.id } })).status).toBe("pending");

    // A link bound to the author does not work once they can no longer moderate the post.
    const [fields, signature] = [approve.split(".").slice(0, -1), approve.split(".").at(-1)];
    await expect(reader.comment.applyMailAction({ token: [...fields.slice(0, 3), owner.id, signature].join(".") })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(readCommentActionLink(testDb.db, approve, new Date(Date.now() + 15 * 86_400_000))).rejects.toMatchObject({ code: "INVALID_INPUT" });

    await expect(reader.comment.applyMailAction({ token: approve })).resolves.toMatchObject({ action: "approve", status: "published" });
    expect((await reader.comment.list({ postId: post.id })).map((c) => c.id)).toContain(comment.id);
    expect(JSON.stringify(await reader.comment.list({ postId: post.id }))).not.toContain("lasare@example.org");

    const ownerSpam = toOwner?.text?.split(/\s+/).filter((word) => word.includes("/admin/comments/act?token=")).map(tokenOf) ?? [];
    expect(ownerSpam).toHaveLength(2);
    const spamToken = ownerSpam.find((token) => token.includes(".spam."));
    await reader.comment.applyMailAction({ token: spamToken ?? "" });
    expect((await testDb.db.comment.findUniqueOrThrow({ where: { id: comment.id } })).status).toBe("spam");
  });

  it("send a reply notice only to the commenter who asked for it, and stop after unsubscribing", async () => {
    await makeBlog(testDb.db, { commentPolicy: "open", language: "en" });
    const post = await makePost(testDb.db, { title: "Harbours" });
    const reader = callerFor(testDb.db, { clientIp: "192.0.2.20" });
    const [wants, doesNot] = [`${unique("wants")}@example.org`, `${unique("doesnot")}@example.org`];
    await expect(reader.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "A", body: "x", notifyReplies: "on" } as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const a = await reader.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "A", body: "Question from A", email: wants, notifyReplies: true });
    const b = await reader.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "B", body: "Question from B", email: doesNot });
    const other = callerFor(testDb.db, { clientIp: "192.0.2.21" });
    await other.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, parentId: a.id, authorName: "C", body: "Answer to A" });
    await other.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, parentId: b.id, authorName: "C", body: "Answer to B" });
    // A answering their own thread is not news to A.
    await reader.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, parentId: a.id, authorName: "A", body: "Thanks", email: wants.toUpperCase() });
    await deliverOutbox(testDb.db, smtp);

    expect(smtp.to(doesNot)).toHaveLength(0);
    const notices = smtp.to(wants);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.subject).toBe("New reply to your comment: Harbours");
    expect(notices[0]?.text).toContain("> Answer to A");
    const unsubscribe = notices[0]?.headerLines.find((line) => line.key === "list-unsubscribe")?.line ?? "";
    expect(notices[0]?.headerLines.find((line) => line.key === "list-unsubscribe-post")?.line).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(unsubscribe).toMatch(/^List-Unsubscribe:\s+<http:\/\/localhost\/api\/unsubscribe\/replies\?token=/);
    const token = tokenOf(/<([^>]+)>/.exec(unsubscribe)?.[1] ?? "");
    expect(linkIn(notices[0], "http://localhost/comments/unsubscribe?token=")).toContain(token);

    await expect(reader.comment.replySubscription({ token })).resolves.toEqual({ subscribed: true });
    await reader.comment.unsubscribeReplies({ token });
    await expect(reader.comment.replySubscription({ token })).resolves.toEqual({ subscribed: false });
    await other.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, parentId: a.id, authorName: "D", body: "Another answer" });
    await deliverOutbox(testDb.db, smtp);
    expect(smtp.to(wants)).toHaveLength(1);
  });

  it("announce an author's answer from the admin, and a reply approved later", async () => {
    await makeBlog(testDb.db, { commentPolicy: "moderated", language: "en" });
    const author = await makeUser(testDb.db, { name: "The Author" });
    const post = await makePost(testDb.db, { authorId: author.id });
    const reader = callerFor(testDb.db, { clientIp: "192.0.2.30" });
    const email = `${unique("asker")}@example.org`;
    const question = await reader.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "Asker", body: "Why?", email, notifyReplies: true });
    const api = await callerAs(testDb.db, author);
    await api.admin.comment.reply({ commentId: question.id, body: "Because." });
    await deliverOutbox(testDb.db, smtp);
    expect(smtp.to(email).map((mail) => mail.text)).toEqual([expect.stringContaining("The Author replied to your comment")]);

    const late = await callerFor(testDb.db, { clientIp: "192.0.2.31" }).comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, parentId: question.id, authorName: "Late", body: "Me too" });
    await deliverOutbox(testDb.db, smtp);
    expect(smtp.to(email)).toHaveLength(1);
    await api.admin.comment.update({ id: late.id, status: "published" });
    await deliverOutbox(testDb.db, smtp);
    expect(smtp.to(email)).toHaveLength(2);
  });
});
