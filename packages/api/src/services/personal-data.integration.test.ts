import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { callerAs, callerFor, formTokenFor, makeBlog, makePost, makeUser, unique } from "../../test/factories";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db, { language: "sv" });
});
afterAll(() => testDb.cleanup());

describe("personal data by address", () => {
  it("exports a commenter's and follower's data, then erases it keeping comments anonymous", async () => {
    const owner = await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
    const post = await makePost(testDb.db, { title: "Om integritet" });
    const email = `${unique("person")}@example.org`;
    const reader = callerFor(testDb.db, { clientIp: "192.0.2.99" });
    const comment = await reader.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "Greta", authorUrl: "https://greta.example", body: "Min åsikt", email, notifyReplies: true });
    await reader.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "Annan", body: "Annat", email: `${unique("other")}@example.org` });
    await reader.follow.request({ email });

    const data = await owner.admin.mail.exportPersonalData({ email: email.toUpperCase() });
    expect(data.comments).toEqual([expect.objectContaining({ id: comment.id, authorName: "Greta", authorUrl: "https://greta.example", text: "Min åsikt", postTitle: "Om integritet", notifyReplies: true })]);
    expect(data.following).toMatchObject({ status: "pending" });
    expect(data.mail.map((m) => m.subject)).toEqual(["Bekräfta att du vill följa Testblogg"]);

    await expect(owner.admin.mail.erasePersonalData({ email })).resolves.toEqual({ comments: 1, followers: 1, mail: 1 });
    const row = await testDb.db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(row).toMatchObject({ authorName: "Anonym", authorUrl: null, email: null, ipHash: null, notifyReplies: false, bodyHtml: "Min åsikt" });
    const after = await owner.admin.mail.exportPersonalData({ email });
    expect(after).toMatchObject({ comments: [], following: null, mail: [] });
    expect(await testDb.db.comment.count({ where: { postId: post.id } })).toBe(2);
  });
});
