import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { callerAs, callerFor, formTokenFor, makeBlog, makePost, makeUser } from "../../../test/factories";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db, { commentPolicy: "moderated" });
});
afterAll(() => testDb.cleanup());

async function authorWithPost() {
  const user = await makeUser(testDb.db);
  const post = await makePost(testDb.db, { authorId: user.id });
  return { user, post, api: await callerAs(testDb.db, user) };
}

describe("admin.comment", () => {
  it("queues held comments, approves one so readers see it, marks one as spam and deletes one", async () => {
    const { post, api } = await authorWithPost();
    const reader = callerFor(testDb.db);
    const formToken = await formTokenFor(testDb.db);
    // One after another: the queue lists them in the order they came.
    const created = [];
    for (const body of ["Bra inlägg", "Köp billigt", "Dubblett"]) created.push(await reader.comment.create({ formToken, postId: post.id, authorName: "Läsare", body }));
    const [good, spam, gone] = created;
    const queue = await api.admin.comment.list({ status: "pending" });
    expect(queue.comments.map((c) => c.id)).toEqual([good?.id, spam?.id, gone?.id]);
    expect(queue.counts.pending).toBe(3);
    expect(queue.comments[0]?.post).toMatchObject({ id: post.id, title: post.title });

    await api.admin.comment.update({ id: good?.id ?? "", status: "published" });
    await api.admin.comment.update({ id: spam?.id ?? "", status: "spam" });
    await api.admin.comment.delete({ id: gone?.id ?? "" });

    expect((await reader.comment.list({ postId: post.id })).map((c) => c.id)).toEqual([good?.id]);
    expect((await api.admin.comment.list({ status: "spam" })).comments.map((c) => c.id)).toEqual([spam?.id]);
    expect((await api.admin.comment.list({ status: "pending" })).total).toBe(0);
    // Deleted means in the trash, restorable for 30 days.
    expect((await api.admin.trash.list()).comments.map((c) => c.id)).toContain(gone?.id);
  });

  it("replies as the author, threaded under the comment, approving a held one", async () => {
    const { user, post, api } = await authorWithPost();
    const question = await callerFor(testDb.db).comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "Läsare", body: "En fråga?" });
    const reply = await api.admin.comment.reply({ commentId: question.id, body: "Ett <b>svar</b>." });
    expect(reply.status).toBe("published");
    const comments = await callerFor(testDb.db).comment.list({ postId: post.id });
    expect(comments.map((c) => ({ id: c.id, parentId: c.parentId, byAuthor: c.byAuthor, authorName: c.authorName }))).toEqual([
      { id: question.id, parentId: null, byAuthor: false, authorName: "Läsare" },
      { id: reply.id, parentId: question.id, byAuthor: true, authorName: user.name },
    ]);
    expect(comments[1]?.bodyHtml).toBe("Ett <b>svar</b>.");
    await expect(api.admin.comment.reply({ commentId: question.id, body: " " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("lets the owner moderate comments on anyone's post", async () => {
    const { post } = await authorWithPost();
    const owner = await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
    const comment = await callerFor(testDb.db).comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "L", body: "Hej" });
    expect((await owner.admin.comment.list({})).comments.map((c) => c.id)).toContain(comment.id);
    await expect(owner.admin.comment.update({ id: comment.id, status: "published" })).resolves.toMatchObject({ status: "published" });
    await expect(owner.admin.comment.update({ id: "missing", status: "published" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
