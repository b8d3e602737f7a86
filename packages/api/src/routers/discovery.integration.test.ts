import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { callerFor, makeBlog, makePost, unique } from "../../test/factories";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db, { language: "sv", timezone: "Europe/Stockholm" });
});
afterAll(() => testDb.cleanup());

describe("post.archive", () => {
  it("groups visible posts by year and month in the blog's timezone, newest first, with counts", async () => {
    // 23:30 UTC on 31 January is February in Stockholm.
    const february = await makePost(testDb.db, { publishedAt: new Date("1999-01-31T23:30:00Z") });
    const january = await makePost(testDb.db, { publishedAt: new Date("1999-01-15T12:00:00Z") });
    await makePost(testDb.db, { status: "draft", publishedAt: null });
    const archive = await callerFor(testDb.db).post.archive();
    const year = archive.find((entry) => entry.year === 1999);
    expect(year).toEqual({
      year: 1999,
      path: "/1999/",
      postCount: 2,
      months: [
        { month: 2, path: "/1999/02/", postCount: 1, posts: [{ title: february.title, path: `/1999/02/${february.slug}.html` }] },
        { month: 1, path: "/1999/01/", postCount: 1, posts: [{ title: january.title, path: `/1999/01/${january.slug}.html` }] },
      ],
    });
  });
});

describe("post.list with `from` and `to`", () => {
  it("keeps an archive page to its period", async () => {
    const label = unique("label");
    const inside = await makePost(testDb.db, { labels: [label], publishedAt: new Date("1998-03-10T12:00:00Z") });
    await makePost(testDb.db, { labels: [label], publishedAt: new Date("1998-02-27T12:00:00Z") });
    const { posts } = await callerFor(testDb.db).post.list({ label, from: new Date("1998-03-01T00:00:00Z"), to: new Date("1998-04-01T00:00:00Z") });
    expect(posts.map((post) => post.id)).toEqual([inside.id]);
  });
});

describe("blog.sitemap", () => {
  it("lists the home page, visible posts and pages, and labels with their newest post's time", async () => {
    const label = unique("label");
    const older = await makePost(testDb.db, { labels: [label], publishedAt: new Date("2001-01-01T00:00:00Z") });
    const draft = await makePost(testDb.db, { labels: [label], status: "draft", publishedAt: null });
    await testDb.db.post.update({ where: { id: older.id }, data: { updatedAt: new Date("2001-06-01T00:00:00Z") } });
    const entries = await callerFor(testDb.db).blog.sitemap();
    const paths = entries.map((entry) => entry.path);
    expect(paths[0]).toBe("/");
    expect(paths).toContain(`/2001/01/${older.slug}.html`);
    expect(paths.some((path) => path.includes(draft.slug))).toBe(false);
    expect(entries.find((entry) => entry.path === `/search/label/${label}`)?.lastModified).toEqual(new Date("2001-06-01T00:00:00Z"));
  });
});
