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
  it("groups visible posts by year and month in the blog's timezone, newest first, with counts and the open month's titles", async () => {
    // 23:30 UTC on 31 January is February in Stockholm. Rows written straight into the database
    // (no archive month yet) are filed by the first read.
    const february = await makePost(testDb.db, { publishedAt: new Date("1999-01-31T23:30:00Z") });
    const january = await makePost(testDb.db, { publishedAt: new Date("1999-01-15T12:00:00Z") });
    await makePost(testDb.db, { status: "draft", publishedAt: null });
    const api = callerFor(testDb.db);
    const newest = await api.post.archive();
    expect(newest.years[0]?.year).toBeGreaterThanOrEqual(1999);
    const archive = await api.post.archive({ month: "1999-02" });
    expect(archive.openMonth).toBe("1999-02");
    const year = archive.years.find((entry) => entry.year === 1999);
    expect(year).toEqual({
      year: 1999,
      path: "/1999/",
      postCount: 2,
      months: [
        { month: 2, key: "1999-02", path: "/1999/02/", postCount: 1, posts: [{ title: february.title, path: `/1999/02/${february.slug}.html` }] },
        { month: 1, key: "1999-01", path: "/1999/01/", postCount: 1, posts: [] },
      ],
    });
    const opened = (await api.post.archive({ month: "1999-01" })).years.find((entry) => entry.year === 1999);
    expect(opened?.months.map((month) => month.posts.map((post) => post.title))).toEqual([[], [january.title]]);
  });

  it("does not count scheduled posts before their time, nor a deleted or unpublished one", async () => {
    const api = callerFor(testDb.db);
    const monthCount = (archive: Awaited<ReturnType<typeof api.post.archive>>, key: string) =>
      archive.years.flatMap((entry) => entry.months).find((month) => month.key === key)?.postCount ?? 0;
    const tomorrow = new Date(Date.now() + 86_400_000);
    const tomorrowsMonth = tomorrow.toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" }).slice(0, 7);
    const first = await api.post.archive({ month: "1997-05" });
    const before = first.years.find((entry) => entry.year === 1997)?.postCount ?? 0;
    const scheduledBefore = monthCount(first, tomorrowsMonth);
    const kept = await makePost(testDb.db, { publishedAt: new Date("1997-05-10T12:00:00Z") });
    const deleted = await makePost(testDb.db, { publishedAt: new Date("1997-05-11T12:00:00Z") });
    const unpublished = await makePost(testDb.db, { publishedAt: new Date("1997-05-12T12:00:00Z") });
    await makePost(testDb.db, { status: "scheduled", publishedAt: tomorrow });
    await api.post.archive();
    await testDb.db.post.delete({ where: { id: deleted.id } });
    await testDb.db.post.update({ where: { id: unpublished.id }, data: { status: "draft" } });
    const archive = await api.post.archive({ month: "1997-05" });
    const year = archive.years.find((entry) => entry.year === 1997);
    expect(year?.postCount).toBe(before + 1);
    expect(year?.months[0]?.posts.map((post) => post.title)).toContain(kept.title);
    expect(monthCount(archive, tomorrowsMonth)).toBe(scheduledBefore);
    expect(archive.years.flatMap((entry) => entry.months).every((month) => month.postCount > 0)).toBe(true);
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
