import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { TEST_PASSWORD, callerAs, callerFor, makeBlog, makePost, makeUser, unique } from "../../../test/factories";

let testDb: TestDb;
let owner: Awaited<ReturnType<typeof callerAs>>;
let ownerId: string;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db);
  const user = await makeUser(testDb.db, { role: "owner" });
  ownerId = user.id;
  owner = await callerAs(testDb.db, user);
});
afterAll(() => testDb.cleanup());

const settings = { title: "Ny titel", description: "Om saker", language: "sv" as const, timezone: "Europe/Stockholm", postsPerPage: 3, commentPolicy: "moderated" as const };

describe("admin.blog", () => {
  it("updates the settings readers see at once", async () => {
    await expect(owner.admin.blog.update(settings)).resolves.toMatchObject(settings);
    expect(await callerFor(testDb.db).blog.settings()).toMatchObject(settings);
    expect(await owner.admin.blog.settings()).toMatchObject(settings);
  });

  it("refuses an unknown timezone and out-of-range numbers with BAD_REQUEST", async () => {
    for (const bad of [{ timezone: "Mars/Olympus" }, { timezone: "+01:00" }, { postsPerPage: 0 }, { title: "" }, { language: "de" }]) {
      await expect(owner.admin.blog.update({ ...settings, ...bad } as typeof settings)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
  });

  it("keeps the allowed origins one per line, announces them, and refuses what is not an https origin", async () => {
    const saved = await owner.admin.blog.update({ ...settings, allowedOrigins: "https://stats.example.com/ https://gadgets.example.org\nhttps://stats.example.com" });
    expect(saved.allowedOrigins).toBe("https://stats.example.com\nhttps://gadgets.example.org");
    expect((await owner.admin.blog.settings()).allowedOrigins).toBe(saved.allowedOrigins);
    const announced = await testDb.db.changeLog.findMany({ orderBy: { id: "desc" }, take: 1 });
    expect(JSON.parse(announced[0]?.change ?? "{}")).toEqual({ type: "settings.changed" });
    // Leaving the field out keeps what was saved (the client may send only the older fields).
    await owner.admin.blog.update(settings);
    expect((await owner.admin.blog.settings()).allowedOrigins).toBe(saved.allowedOrigins);
    await expect(owner.admin.blog.update({ ...settings, allowedOrigins: "https://x.example.com; script-src *" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await owner.admin.blog.update({ ...settings, allowedOrigins: "" });
    expect((await owner.admin.blog.settings()).allowedOrigins).toBe("");
  });
});

describe("admin.label", () => {
  it("lists labels with counts, renames (posts follow), merges and deletes", async () => {
    const [a, b, c] = [unique("a"), unique("b"), unique("c")];
    const post1 = await makePost(testDb.db, { labels: [a, b] });
    const post2 = await makePost(testDb.db, { labels: [b] });
    await makePost(testDb.db, { labels: [c], status: "draft", publishedAt: null });
    const byName = async () => new Map((await owner.admin.label.list()).map((l) => [l.name, l]));

    const labels = await byName();
    expect([labels.get(a)?.postCount, labels.get(b)?.postCount, labels.get(c)?.postCount]).toEqual([1, 2, 1]);

    const renamed = `${a}-nytt`;
    await owner.admin.label.update({ id: labels.get(a)?.id ?? "", name: renamed });
    expect((await callerFor(testDb.db).post.bySlug({ slug: post1.slug })).labels.map((l) => l.name)).toContain(renamed);
    await expect(owner.admin.label.update({ id: labels.get(b)?.id ?? "", name: renamed })).rejects.toMatchObject({ code: "CONFLICT" });

    // Merge b into the renamed label: post1 had both, post2 only b.
    await owner.admin.label.merge({ sourceId: labels.get(b)?.id ?? "", targetId: labels.get(a)?.id ?? "" });
    const merged = await byName();
    expect(merged.has(b)).toBe(false);
    expect(merged.get(renamed)?.postCount).toBe(2);
    expect((await callerFor(testDb.db).post.bySlug({ slug: post2.slug })).labels.map((l) => l.name)).toEqual([renamed]);

    await owner.admin.label.delete({ id: labels.get(c)?.id ?? "" });
    expect((await byName()).has(c)).toBe(false);
    await expect(owner.admin.label.delete({ id: labels.get(c)?.id ?? "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("admin.user", () => {
  it("adds an author who can sign in, and removes them (their sessions end, their posts stay)", async () => {
    const email = `${unique("ny")}@example.org`;
    const created = await owner.admin.user.create({ email, name: "Ny skribent", password: TEST_PASSWORD });
    expect(created).toMatchObject({ email, role: "author" });
    await expect(owner.admin.user.create({ email, name: "Igen", password: TEST_PASSWORD })).rejects.toMatchObject({ code: "CONFLICT" });

    const author = await callerAs(testDb.db, created);
    const post = await author.admin.post.create({ title: unique("Kvar"), bodyHtml: "", status: "draft" });
    expect((await owner.admin.user.list()).find((u) => u.id === created.id)).toMatchObject({ canSignIn: true, postCount: 1 });

    await owner.admin.user.delete({ id: created.id });
    expect(await testDb.db.session.count({ where: { userId: created.id } })).toBe(0);
    expect(await testDb.db.post.findUnique({ where: { id: post.id } })).toMatchObject({ authorId: null });
  });

  it("never removes the owner", async () => {
    await expect(owner.admin.user.delete({ id: ownerId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
