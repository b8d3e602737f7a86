import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, listTriggers, type TestDb } from "@crestwood/db/testing";
import { callerFor, makeBlog, makePost, unique } from "../../test/factories";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db);
});
afterAll(() => testDb.cleanup());

async function storedCount(name: string) {
  return (await testDb.db.label.findFirstOrThrow({ where: { name } })).postCount;
}
async function readerCount(name: string) {
  return (await callerFor(testDb.db).label.list()).find((label) => label.name === name)?.postCount ?? 0;
}

describe("label post counts (kept by triggers)", () => {
  it("exist as triggers after migrating", async () => {
    expect(await listTriggers(testDb)).toEqual(
      expect.arrayContaining(["PostLabel_postCount_delete", "PostLabel_postCount_insert", "Post_postCount_delete", "Post_postCount_update"]),
    );
  });

  it("follow publishing, unpublishing, relabelling and deleting", async () => {
    const label = unique("label");
    const published = await makePost(testDb.db, { labels: [label] });
    const draft = await makePost(testDb.db, { status: "draft", publishedAt: null, labels: [label] });
    expect(await storedCount(label)).toBe(1);

    await testDb.db.post.update({ where: { id: draft.id }, data: { status: "published", publishedAt: new Date("2020-02-01") } });
    expect(await storedCount(label)).toBe(2);

    await testDb.db.post.update({ where: { id: published.id }, data: { status: "draft" } });
    expect(await storedCount(label)).toBe(1);

    await testDb.db.postLabel.deleteMany({ where: { postId: draft.id } });
    expect(await storedCount(label)).toBe(0);

    await testDb.db.postLabel.create({ data: { postId: draft.id, labelId: (await testDb.db.label.findFirstOrThrow({ where: { name: label } })).id } });
    expect(await storedCount(label)).toBe(1);

    await testDb.db.post.delete({ where: { id: draft.id } });
    expect(await storedCount(label)).toBe(0);
    await testDb.db.post.delete({ where: { id: published.id } });
    expect(await storedCount(label)).toBe(0);
  });

  it("leave pages out and show scheduled posts only once their time has come", async () => {
    const label = unique("label");
    await makePost(testDb.db, { labels: [label] });
    const page = await makePost(testDb.db, { labels: [label] });
    await testDb.db.post.update({ where: { id: page.id }, data: { kind: "page" } });
    await makePost(testDb.db, { status: "scheduled", publishedAt: new Date(Date.now() + 3_600_000), labels: [label] });
    expect(await storedCount(label)).toBe(2);
    expect(await readerCount(label)).toBe(1);
  });
});
