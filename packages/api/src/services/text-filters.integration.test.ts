import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { callerAs, makeBlog, makePost, makeUser, unique } from "../../test/factories";

// Admin filters ignore case for å/ä/ö as for a–z, on SQLite (whose own LIKE folds ASCII only) and
// on PostgreSQL (whose LIKE is case-sensitive): the same test file runs on both.
let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db, { language: "sv" });
});
afterAll(() => testDb.cleanup());

describe("admin title and alt-text filters", () => {
  it("find titles whatever the case of å, ä and ö", async () => {
    const owner = await makeUser(testDb.db, { role: "owner" });
    const caller = await callerAs(testDb.db, owner);
    const tag = unique("t");
    const post = await makePost(testDb.db, { title: `ÅSKVÄDER över Öland ${tag}` });
    await makePost(testDb.db, { title: `Askvader over Oland ${tag}` });
    for (const query of ["åskväder över öland", "ÅSKVÄDER ÖVER ÖLAND", "Åskväder Över Öland", "öland"]) {
      expect((await caller.admin.post.list({ query: `${query} ${tag}` })).posts.map((p) => p.id)).toEqual([post.id]);
    }
    expect((await caller.admin.post.list({ query: `askvader over oland ${tag}` })).posts.map((p) => p.title)).toEqual([`Askvader over Oland ${tag}`]);
  });

  it("find images by alt text and file name whatever the case", async () => {
    const owner = await makeUser(testDb.db, { role: "owner" });
    const caller = await callerAs(testDb.db, owner);
    const tag = unique("m");
    const media = await testDb.db.media.create({
      data: { hash: unique("hash"), fileName: `Älgen-${tag}.JPG`, mime: "image/jpeg", width: 10, height: 10, bytes: 100, alt: `En ÄLG vid sjön ${tag}`, variants: "[]" },
    });
    expect((await caller.admin.media.list({ query: `älg vid SJÖN ${tag}` })).items.map((item) => item.id)).toEqual([media.id]);
    expect((await caller.admin.media.list({ query: `älgen-${tag}.jpg` })).items.map((item) => item.id)).toEqual([media.id]);
  });
});
