import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { callerAs, makeBlog, makePost, makeUser, unique } from "../../test/factories";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db);
});
afterAll(() => testDb.cleanup());

async function ownerApi() {
  return callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
}

describe("revisions", () => {
  it("keeps one per save, diffs any two word by word, and restores an old one as a new revision", async () => {
    const api = await ownerApi();
    const post = await api.admin.post.create({ title: "Första rubriken", bodyHtml: "<p>Hej världen.</p><p>Andra stycket.</p>", labels: ["a"], status: "draft" });
    expect(post.version).toBe(1);
    const saved = await api.admin.post.update({ id: post.id, baseVersion: 1, title: "Ny rubrik", slug: post.slug, bodyHtml: "<p>Hej hela världen.</p><p>Andra stycket.</p>", labels: ["b"], status: "published" });
    expect(saved.version).toBe(2);

    const history = await api.admin.revision.list({ postId: post.id });
    expect(history.revisions.map((r) => [r.kind, r.version])).toEqual([["publish", 2], ["save", 1]]);
    const [newest, oldest] = history.revisions;
    const { diff } = await api.admin.revision.diff({ fromId: oldest?.id ?? "", toId: newest?.id ?? "" });
    expect(diff.changed).toBe(true);
    expect(diff.title.filter((p) => p.removed).map((p) => p.value.trim())).toContain("Första");
    expect(diff.text.filter((p) => p.added).map((p) => p.value)).toEqual(["hela "]);
    expect(diff.labels).toEqual([{ value: "a", removed: true }, { value: "b", added: true }]);

    const restored = await api.admin.revision.restore({ id: oldest?.id ?? "", baseVersion: 2 });
    expect(restored).toMatchObject({ title: "Första rubriken", bodyHtml: "<p>Hej världen.</p><p>Andra stycket.</p>", labels: ["a"], status: "published", version: 3, path: saved.path });
    const after = await api.admin.revision.list({ postId: post.id });
    expect(after.revisions.map((r) => r.kind)).toEqual(["restore", "publish", "save"]);
  });

  it("records the state of a post saved before revisions existed, before changing it", async () => {
    const api = await ownerApi();
    const old = await makePost(testDb.db, { title: "Från förr", bodyHtml: "<p>Gammal text</p>" });
    await api.admin.post.update({ id: old.id, title: "Från förr", slug: old.slug, bodyHtml: "<p>Ny text</p>", status: "published", publishedAt: old.publishedAt });
    const history = await api.admin.revision.list({ postId: old.id });
    expect(history.revisions).toHaveLength(2);
    const first = await api.admin.revision.byId({ id: history.revisions[1]?.id ?? "" });
    expect(first.bodyHtml).toBe("<p>Gammal text</p>");
  });

  it("refuses the second of two saves from the same version, even at the same moment", async () => {
    const owner = await ownerApi();
    const authorUser = await makeUser(testDb.db);
    const author = await callerAs(testDb.db, authorUser);
    const post = await author.admin.post.create({ title: unique("Delad"), bodyHtml: "<p>1</p>", status: "draft" });
    const fields = { id: post.id, title: post.title, slug: post.slug, status: "draft" as const, labels: [] };
    await owner.admin.post.update({ ...fields, bodyHtml: "<p>Ägarens</p>", baseVersion: 1 });
    const refused = await author.admin.post.update({ ...fields, bodyHtml: "<p>Skribentens</p>", baseVersion: 1 }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Someone else saved") });
    expect((await author.admin.post.byId({ id: post.id })).bodyHtml).toBe("<p>Ägarens</p>");

    const results = await Promise.allSettled([2, 2, 2].map((baseVersion, i) => author.admin.post.update({ ...fields, bodyHtml: `<p>Samtidigt ${i}</p>`, baseVersion })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected").map((result) => (result as PromiseRejectedResult).reason.code)).toEqual(["CONFLICT", "CONFLICT"]);
    expect((await author.admin.post.byId({ id: post.id })).version).toBe(3);
  });

  it("autosaves without touching the post, offers the autosave back, previews it, and spends it on save", async () => {
    const authorUser = await makeUser(testDb.db);
    const api = await callerAs(testDb.db, authorUser);
    const other = await ownerApi();
    const post = await api.admin.post.create({ title: "Sparad", bodyHtml: "<p>Sparad text</p>", status: "published" });
    const auto = await api.admin.revision.autosave({ postId: post.id, title: "", bodyHtml: "<p>Osparad <script>x</script>text</p>", labels: ["utkast"], baseVersion: 1 });
    expect(auto.stale).toBe(false);
    const again = await api.admin.revision.autosave({ postId: post.id, title: "Osparad", bodyHtml: "<p>Osparad text, längre</p>", labels: [], baseVersion: 1 });
    expect(again.revisionId).toBe(auto.revisionId);
    expect((await api.admin.post.byId({ id: post.id })).bodyHtml).toBe("<p>Sparad text</p>");

    await expect(api.admin.revision.autosaved({ postId: post.id })).resolves.toMatchObject({ id: auto.revisionId, title: "Osparad", bodyHtml: "<p>Osparad text, längre</p>" });
    const preview = await api.admin.post.preview({ id: post.id, revisionId: auto.revisionId });
    expect(preview).toMatchObject({ title: "Osparad", bodyHtml: "<p>Osparad text, längre</p>" });
    // Someone else's unsaved work is theirs alone.
    await expect(other.admin.post.preview({ id: post.id, revisionId: auto.revisionId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await other.admin.revision.list({ postId: post.id })).revisions.some((r) => r.kind === "autosave")).toBe(false);
    await expect(other.admin.revision.autosaved({ postId: post.id })).resolves.toBeNull();

    await other.admin.post.update({ id: post.id, title: "Ägaren hann före", slug: post.slug, bodyHtml: "<p>x</p>", status: "published", publishedAt: post.publishedAt, baseVersion: 1 });
    await expect(api.admin.revision.autosave({ postId: post.id, title: "Osparad", bodyHtml: "<p>y</p>", labels: [], baseVersion: 1 })).resolves.toMatchObject({ stale: true, currentVersion: 2 });

    await api.admin.post.update({ id: post.id, title: "Osparad", slug: post.slug, bodyHtml: "<p>y</p>", status: "published", publishedAt: post.publishedAt, baseVersion: 2 });
    await expect(api.admin.revision.autosaved({ postId: post.id })).resolves.toBeNull();
    expect((await api.admin.revision.list({ postId: post.id })).revisions.some((r) => r.kind === "autosave")).toBe(false);
  });

  it("keeps only the newest revisions when the owner sets a limit, and reports storage", async () => {
    const api = await ownerApi();
    await api.admin.mail.updateSettings({ digestFrequency: "per_post", revisionsToKeep: 2 });
    const post = await api.admin.post.create({ title: "Många", bodyHtml: "<p>0</p>", status: "draft" });
    for (let version = 1; version <= 4; version++) {
      await api.admin.post.update({ id: post.id, title: "Många", slug: post.slug, bodyHtml: `<p>${version}</p>`, status: "draft", baseVersion: version });
    }
    expect((await api.admin.revision.list({ postId: post.id })).revisions.map((r) => r.version)).toEqual([5, 4]);
    const storage = await api.admin.revision.storage();
    expect(storage.revisions).toBeGreaterThan(0);
    expect(storage.bytes).toBeGreaterThan(0);
    expect(storage.revisionsToKeep).toBe(2);
    await api.admin.mail.updateSettings({ digestFrequency: "per_post", revisionsToKeep: "" });
  });
});
