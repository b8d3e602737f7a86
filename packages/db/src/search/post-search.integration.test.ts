import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createTestDb, listTriggers, type TestDb } from "../../testing";
import { postSearch } from "./post-search";
import { MARK_END, MARK_START } from "./marks";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await testDb.db.blog.create({ data: { id: 1, title: "Sökblogg" } });
});
afterAll(() => testDb.cleanup());

const now = new Date();
const search = (text: string, kind?: "post" | "page") => postSearch().search(testDb.db, { text, blogId: 1, now, kind, limit: 20 });

/** A word no other test uses, so each test owns its matches. */
function word(): string {
  return `ord${randomUUID().replace(/-/g, "").slice(0, 10)}`;
}

async function post(data: { title: string; bodyHtml: string; status?: "draft" | "published" | "scheduled"; publishedAt?: Date | null; kind?: "post" | "page" }) {
  return testDb.db.post.create({
    data: { slug: word(), status: data.status ?? "published", publishedAt: data.publishedAt === undefined ? new Date("2020-01-01T00:00:00Z") : data.publishedAt, title: data.title, bodyHtml: data.bodyHtml, kind: data.kind ?? "post" },
  });
}

/** SQLite deletes index rows by trigger, PostgreSQL by foreign key; PostgreSQL re-indexes on a language change. */
const SEARCH_TRIGGERS = {
  sqlite: ["Post_search_after_delete", "Post_search_after_insert", "Post_search_after_update"],
  postgresql: ["Blog_search_after_language", "Post_search_after_insert", "Post_search_after_update"],
};

describe("the full-text index after migrating", () => {
  it("has its triggers (a table rebuild in a later migration drops them)", async () => {
    expect(await listTriggers(testDb)).toEqual(expect.arrayContaining(SEARCH_TRIGGERS[testDb.provider]));
  });

  it("follows inserts, edits and deletes of posts", async () => {
    const first = word();
    const second = word();
    const created = await post({ title: `Om ${first}`, bodyHtml: "<p>Text</p>" });
    expect((await search(first)).map((hit) => hit.postId)).toEqual([created.id]);

    await testDb.db.post.update({ where: { id: created.id }, data: { title: "Ny rubrik", bodyHtml: `<p>Nu om ${second}</p>` } });
    expect(await search(first)).toEqual([]);
    expect((await search(second)).map((hit) => hit.postId)).toEqual([created.id]);

    await testDb.db.post.delete({ where: { id: created.id } });
    expect(await search(second)).toEqual([]);
  });
});

describe("postSearch().search", () => {
  it("ranks title matches first and marks the matched words in title and snippet", async () => {
    const term = word();
    const inBody = await post({ title: "Något annat", bodyHtml: `<p>Lång text där <a href="https://example.org/${term}">${term}</a> &amp; mer nämns.</p>` });
    const inTitle = await post({ title: `Allt om ${term}`, bodyHtml: "<p>Kort.</p>" });
    const hits = await search(term);
    expect(hits.map((hit) => hit.postId)).toEqual([inTitle.id, inBody.id]);
    expect(hits[0]?.title).toBe(`Allt om ${MARK_START}${term}${MARK_END}`);
    expect(hits[1]?.snippet).toContain(`${MARK_START}${term}${MARK_END} & mer nämns.`);
    expect(hits[1]?.snippet).not.toMatch(/[<>]/);
  });

  it("finds words by prefix and without their accents", async () => {
    const term = word();
    const hit = await post({ title: `Intranätet ${term}`, bodyHtml: "<p>x</p>" });
    expect((await search(`intranat ${term.slice(0, 8)}`)).map((h) => h.postId)).toEqual([hit.id]);
  });

  it("shows only visible posts, and pages only when asked", async () => {
    const term = word();
    const visible = await post({ title: term, bodyHtml: "<p>x</p>" });
    await post({ title: term, bodyHtml: "<p>x</p>", status: "draft", publishedAt: null });
    await post({ title: term, bodyHtml: "<p>x</p>", status: "scheduled", publishedAt: new Date(Date.now() + 86_400_000) });
    const page = await post({ title: term, bodyHtml: "<p>x</p>", kind: "page" });
    expect((await search(term, "post")).map((h) => h.postId)).toEqual([visible.id]);
    expect((await search(term)).map((h) => h.postId).sort()).toEqual([visible.id, page.id].sort());
  });

  it.each(['"', '"unclosed', "a OR", "NEAR(", "title:x", "*", "-", "()", "AND OR NOT", "^x", "x:y:z", "''", "\u0000", "]]>", "a".repeat(500)])("treats %j as words, never as query syntax", async (text) => {
    await expect(search(text)).resolves.toBeInstanceOf(Array);
  });

  it("answers nothing for punctuation only", async () => {
    expect(await search(" !?… ")).toEqual([]);
  });
});
