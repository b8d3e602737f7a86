import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { callerFor, makeBlog, makePost, unique } from "../../test/factories";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db, { language: "sv", timezone: "Europe/Stockholm", postsPerPage: 2 });
});
afterAll(() => testDb.cleanup());

describe("post.list", () => {
  it("lists visible posts newest first, pages with `olderThan`, and hides drafts and future posts", async () => {
    const label = unique("label");
    const at = (day: number) => new Date(Date.UTC(2021, 0, day, 12));
    const oldest = await makePost(testDb.db, { publishedAt: at(1), labels: [label] });
    const middle = await makePost(testDb.db, { publishedAt: at(2), labels: [label] });
    const newest = await makePost(testDb.db, { publishedAt: at(3), labels: [label] });
    await makePost(testDb.db, { status: "draft", publishedAt: null, labels: [label] });
    await makePost(testDb.db, { status: "scheduled", publishedAt: new Date(Date.now() + 86_400_000), labels: [label] });

    const api = callerFor(testDb.db);
    const first = await api.post.list({ label });
    expect(first.posts.map((post) => post.id)).toEqual([newest.id, middle.id]);
    expect(first.older).toEqual({ at: at(2), id: middle.id });
    expect(first.newer).toBeNull();

    const second = await api.post.list({ label, olderThan: first.older ?? undefined });
    expect(second.posts.map((post) => post.id)).toEqual([oldest.id]);
    expect(second.older).toBeNull();
    // One post is newer than the second page's: less than a page, so "newer" is the first page.
    expect(second.newer).toBe("first");
  });

  it("shows a scheduled post once its time has come", async () => {
    const label = unique("label");
    const post = await makePost(testDb.db, { status: "scheduled", publishedAt: new Date(Date.now() - 1000), labels: [label] });
    const { posts } = await callerFor(testDb.db).post.list({ label });
    expect(posts.map((p) => p.id)).toEqual([post.id]);
  });

  it("returns labels, comment counts and the Blogger permalink in the blog's timezone", async () => {
    const label = unique("label");
    const post = await makePost(testDb.db, { publishedAt: new Date("2009-01-31T23:30:00Z"), labels: [label, `${label}-b`] });
    await testDb.db.comment.createMany({
      data: [
        { postId: post.id, authorName: "A", bodyHtml: "x", status: "published" },
        { postId: post.id, authorName: "B", bodyHtml: "y", status: "pending" },
      ],
    });
    const { posts } = await callerFor(testDb.db).post.list({ label });
    expect(posts[0]).toMatchObject({
      path: `/2009/02/${post.slug}.html`,
      commentCount: 1,
      labels: [
        { name: label, path: `/search/label/${label}` },
        { name: `${label}-b`, path: `/search/label/${label}-b` },
      ],
    });
  });

  it("refuses a limit out of range with BAD_REQUEST and field errors", async () => {
    const error = await callerFor(testDb.db).post.list({ limit: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
  });
});

describe("post.bySlug", () => {
  it("returns a published post with sanitized HTML", async () => {
    const post = await makePost(testDb.db, { bodyHtml: `<p onclick="x()">Hej</p><script>alert(1)</script>` });
    const found = await callerFor(testDb.db).post.bySlug({ slug: post.slug });
    expect(found.id).toBe(post.id);
    expect(found.bodyHtml).toBe("<p>Hej</p>");
  });

  it("answers NOT_FOUND for a missing slug and for drafts", async () => {
    const draft = await makePost(testDb.db, { status: "draft", publishedAt: null });
    const api = callerFor(testDb.db);
    for (const slug of ["no-such-post", draft.slug]) {
      await expect(api.post.bySlug({ slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("post.byId", () => {
  it("returns a published post as bySlug does, and NOT_FOUND for drafts, future posts and unknown ids", async () => {
    const post = await makePost(testDb.db, { labels: [unique("label")] });
    const api = callerFor(testDb.db);
    expect(await api.post.byId({ id: post.id })).toEqual(await api.post.bySlug({ slug: post.slug }));
    const draft = await makePost(testDb.db, { status: "draft", publishedAt: null });
    const future = await makePost(testDb.db, { status: "scheduled", publishedAt: new Date(Date.now() + 60 * 60 * 1000) });
    for (const id of ["no-such-post", draft.id, future.id]) {
      await expect(api.post.byId({ id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("label.list", () => {
  it("counts only visible posts", async () => {
    const label = unique("label");
    await makePost(testDb.db, { labels: [label] });
    await makePost(testDb.db, { status: "draft", publishedAt: null, labels: [label] });
    const labels = await callerFor(testDb.db).label.list();
    expect(labels.find((l) => l.name === label)).toEqual({ name: label, postCount: 1, path: `/search/label/${label}` });
  });
});
