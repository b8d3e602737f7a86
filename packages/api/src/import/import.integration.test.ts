import { join } from "node:path";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { callerAs, callerFor, makeBlog, makePost, makeUser } from "../../test/factories";
import { openExportSource } from "./blogger/source";
import { importExport } from "./importer";

const FIXTURES = join(import.meta.dirname, "../../test/fixtures/blogger");
const NOW = new Date("2026-01-01T00:00:00Z");

let testDb: TestDb;
beforeEach(async () => {
  testDb = await createTestDb();
});
afterEach(() => testDb.cleanup());

async function importFixture(path: string, options: Parameters<typeof importExport>[2] = {}) {
  return importExport(testDb.db, await openExportSource(path), { now: NOW, ...options });
}

async function tableCounts() {
  const db = testDb.db;
  const [posts, comments, labels, users, links, records] = await Promise.all([db.post.count(), db.comment.count(), db.label.count(), db.user.count(), db.postLabel.count(), db.importRecord.count()]);
  return { posts, comments, labels, users, links, records };
}

describe("classic export → blog, read back through the procedures", () => {
  it("imports posts, pages, labels, drafts, threaded comments, settings and old addresses", { timeout: 60_000 }, async () => {
    const { report } = await importFixture(join(FIXTURES, "classic.xml"));
    expect(report.counts.posts).toEqual({ found: 10, imported: 9, existing: 0, skipped: 1 });
    expect(report.counts.pages).toEqual({ found: 1, imported: 1, existing: 0, skipped: 0 });
    expect(report.counts.comments).toEqual({ found: 6, imported: 5, existing: 0, skipped: 1 });

    const api = callerFor(testDb.db);
    const settings = await api.blog.settings();
    expect(settings).toMatchObject({ title: "Min gamla blogg", description: "Om intranät & kommunikation i offentlig sektor", language: "sv", timezone: "Europe/Stockholm" });

    const post = await api.post.bySlug({ slug: "sociala-medier-pa-myndigheters-intranat" });
    expect(post).toMatchObject({
      title: "Sociala medier på myndigheters intranät",
      path: "/2009/02/sociala-medier-pa-myndigheters-intranat.html",
      publishedAt: new Date("2009-02-02T09:14:00Z"),
      updatedAt: new Date("2009-02-03T07:00:00Z"),
      authorName: "Anna Svensson",
      commentCount: 3,
    });
    expect(post.labels.map((l) => l.name)).toEqual(["Enterprise 2.0", "intranät", "offentlig sektor"]);
    // Links to the old blogspot address now lead here; Blogger's image hosts are left alone.
    expect(post.bodyHtml).toContain('href="/2009/01/wikin-som-ingen-skrev-i.html"');
    expect(post.bodyHtml).toContain('href="/search/label/intran%C3%A4t"');
    expect(post.bodyHtml).toContain("https://1.bp.blogspot.com/-abc/s320/tag.jpg");
    expect(post.bodyHtml).not.toContain("mingamlablogg.blogspot.com");

    const comments = await api.comment.list({ postId: post.id });
    const byAuthor = Object.fromEntries(comments.map((c) => [c.authorName, c]));
    expect(comments.map((c) => c.authorName)).toEqual(["Karin", "Johan S", "Anna Svensson"]);
    expect(byAuthor["Karin"]).toMatchObject({ parentId: null, createdAt: new Date("2009-02-02T14:41:00Z"), byAuthor: false });
    expect(byAuthor["Johan S"]).toMatchObject({ parentId: byAuthor["Karin"]!.id, authorUrl: "http://johan.example.org/" });
    expect(byAuthor["Anna Svensson"]).toMatchObject({ parentId: byAuthor["Johan S"]!.id, byAuthor: true });
    expect(byAuthor["Johan S"]!.bodyHtml).toBe("Håller med om <i>det mesta</i>.<br />Men inte allt.");

    // Blogger repeated the slug in another month: another address, so both keep theirs.
    const again = await api.address.resolve({ path: "/2010/05/wikin-som-ingen-skrev-i.html" });
    expect(again).toMatchObject({ status: "post", post: { title: "Wikin som ingen skrev i, igen" } });
    expect(await api.address.resolve({ path: "/2009/01/wikin-som-ingen-skrev-i.html" })).toMatchObject({ status: "post", post: { title: "Wikin som ingen skrev i" } });
    // Swedish letters in a slug stay; the percent-encoded spelling is the same address.
    expect(await api.address.resolve({ path: "/2011/05/%C3%A5ret-runt.html" })).toMatchObject({ status: "post", post: { title: "Året runt", path: "/2011/05/%C3%A5ret-runt.html" } });
    expect((await api.address.resolve({ path: "/p/om-bloggen.html" }))).toMatchObject({ status: "post" });
    expect(await api.post.bySlug({ slug: "om-bloggen" })).toMatchObject({ kind: "page", path: "/p/om-bloggen.html", title: "Om bloggen" });
    expect(await api.post.bySlug({ slug: "blog-post" })).toMatchObject({ title: "", path: "/2009/03/blog-post.html" });
    expect((await api.label.list()).map((l) => l.name)).toContain("A-B-test");

    const owner = await makeUser(testDb.db, { role: "owner" });
    const admin = await callerAs(testDb.db, owner);
    const drafts = await admin.admin.post.list({ status: "draft" });
    expect(drafts.posts.map((p) => [p.title, p.publishedAt])).toEqual(
      expect.arrayContaining([
        ["Halvfärdigt utkast", new Date("2011-06-01T07:00:00Z")],
        ["Utkast utan datum", null],
      ]),
    );
    // Authors become accounts that cannot sign in, found again by their Blogger profile.
    const guest = await testDb.db.user.findUnique({ where: { email: "blogger-222@import.invalid" } });
    expect(guest).toMatchObject({ name: "Gästskribent Örjan", passwordHash: null, role: "author" });
  });

  it("changes nothing when the same file is imported again", async () => {
    await importFixture(join(FIXTURES, "classic.xml"));
    const before = await tableCounts();
    const { report } = await importFixture(join(FIXTURES, "classic.xml"));
    expect(await tableCounts()).toEqual(before);
    expect(report.counts.posts).toMatchObject({ imported: 0, existing: 9 });
    expect(report.counts.comments).toMatchObject({ imported: 0, existing: 5 });
    expect(report.labelsCreated).toBe(0);
  });

  it("resumes an import that stopped between batches", async () => {
    let flushes = 0;
    const stopped = importFixture(join(FIXTURES, "classic.xml"), {
      batchSize: 3,
      onProgress: (progress) => {
        if (progress.phase === "importing" && ++flushes === 2) throw new Error("power cut");
      },
    });
    await expect(stopped).rejects.toThrow("power cut");
    const partial = await tableCounts();
    expect(partial.posts).toBeGreaterThan(0);
    expect(partial.posts).toBeLessThan(10);
    const { report } = await importFixture(join(FIXTURES, "classic.xml"), { batchSize: 3 });
    expect(report.counts.posts.imported + report.counts.posts.existing).toBe(9);
    expect(await tableCounts()).toMatchObject({ posts: 10, comments: 5 });
  });

  it("never overwrites the blog's own posts or settings: the newcomer goes to a free address", async () => {
    await makeBlog(testDb.db, { language: "en", timezone: "Europe/Stockholm" });
    const own = await makePost(testDb.db, { slug: "kollision", title: "Min egen", publishedAt: new Date("2009-01-10T10:00:00Z") });
    const { report } = await importFixture(join(FIXTURES, "classic.xml"));
    const taken = report.lines.filter((line) => line.code === "path-taken");
    expect(taken).toHaveLength(1);
    expect(taken[0]!.message).toContain("/2009/01/kollision.html");
    const api = callerFor(testDb.db);
    expect(await api.post.bySlug({ slug: "kollision" })).toMatchObject({ id: own.id, title: "Min egen" });
    expect(await api.post.bySlug({ slug: "kollision-2" })).toMatchObject({ title: "Kollision", path: "/2009/01/kollision-2.html" });
    expect(await api.blog.settings()).toMatchObject({ title: "Testblogg", language: "en" });
    expect(report.lines.some((line) => line.code === "settings-kept")).toBe(true);
  });

  it("writes nothing for a broken file, and says where it broke", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "crestwood-import-")), "broken.xml");
    await writeFile(file, `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><id>tag:blogger.com,1999:blog-1.post-1</id><category scheme="http://schemas.google.com/g/2005#kind" term="http://schemas.google.com/blogger/2008/kind#post"/><title>Ett</title></entry>\n<entry><title>Två</entry>\n</feed>`);
    await expect(importFixture(file)).rejects.toThrow(/line 4.*entry 2/);
    expect((await tableCounts()).posts).toBe(0);
  });
});

describe("the write path", () => {
  it("announces what an import changed (cached pages follow), and nothing when importing again changes nothing", { timeout: 60_000 }, async () => {
    const announced = async () => (await testDb.db.changeLog.findMany()).map((row) => JSON.parse(row.change) as { type: string; reason?: string });
    await importFixture(join(FIXTURES, "classic.xml"), { dryRun: true });
    expect(await announced()).toEqual([]);
    await importFixture(join(FIXTURES, "classic.xml"));
    const first = await announced();
    expect(first.length).toBeGreaterThan(0);
    expect(new Set(first.map((change) => `${change.type}: ${change.reason}`))).toEqual(new Set(["everything.changed: Blogger import"]));
    await importFixture(join(FIXTURES, "classic.xml"));
    expect(await announced()).toHaveLength(first.length);
  });
});

describe("a real-shaped old Blogger post", () => {
  it("keeps what the author wrote through the one content allowlist, and reports each embed it had to change", { timeout: 60_000 }, async () => {
    const body = await readFile(join(FIXTURES, "legacy-post.html"), "utf8");
    const escaped = body.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const file = join(await mkdtemp(join(tmpdir(), "crestwood-import-")), "export.xml");
    await writeFile(
      file,
      `<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'><entry><id>tag:blogger.com,1999:blog-7.post-77</id><published>2009-02-02T10:15:00.000+01:00</published><updated>2009-02-02T10:15:00.000+01:00</updated><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/><title type='text'>Gammalt inlägg</title><content type='html'>${escaped}</content><link rel='alternate' type='text/html' href='http://minblogg.blogspot.com/2009/02/gammalt-inlagg.html' title='Gammalt inlägg'/></entry></feed>`,
    );
    const { report } = await importFixture(file);
    const lines = (code: string) => report.lines.filter((line) => line.code === code).map((line) => line.message);
    expect(lines("embed-converted")).toHaveLength(2);
    expect(lines("embed-linked")).toEqual([expect.stringContaining("slideshare.net"), expect.stringContaining("www.blogger.com/video.g")]);
    expect(lines("content-removed")).toEqual(['"Gammalt inlägg": 1 <script>']);
    const post = await callerFor(testDb.db).post.bySlug({ slug: "gammalt-inlagg" });
    for (const kept of ['class="separator"', 'class="tr-caption-container"', "<th>Myndighet</th>", "<hr />", "youtube-nocookie.com/embed/oHg5SJYRHA0", "player.vimeo.com/video/2619976", 'style="float: left; margin: 0 10px 10px 0; width: 200px; height: 150px;"', '<td style="text-align: right;">3</td>']) {
      expect(post.bodyHtml).toContain(kept);
    }
    expect(post.bodyHtml).not.toMatch(/<script|<object|<embed/);
  });
});

describe("Takeout folder → blog", () => {
  it("imports posts, pages and comments with threading, holds non-live comments, skips trashed posts", async () => {
    const { report } = await importFixture(join(FIXTURES, "takeout"));
    expect(report.format).toBe("takeout");
    expect(report.counts.posts).toMatchObject({ found: 6, imported: 4, skipped: 2 });
    expect(report.counts.comments).toMatchObject({ found: 4, imported: 3, skipped: 1 });
    const api = callerFor(testDb.db);
    expect(await api.blog.settings()).toMatchObject({ title: "Min gamla blogg", description: "Om intranät, öppna data och annat", language: "sv" });
    const post = await api.post.bySlug({ slug: "nyarsloften-for-intranatredaktoren" });
    expect(post).toMatchObject({ path: "/2012/03/nyarsloften-for-intranatredaktoren.html", excerpt: "Fem nyårslöften för den som sköter ett intranät.", commentCount: 2 });
    expect(post.bodyHtml).toContain('href="/2012/02/%C3%B6ppna-data.html"');
    const comments = await api.comment.list({ postId: post.id });
    expect(comments.map((c) => [c.authorName, c.parentId === null])).toEqual([
      ["Karin", true],
      ["Anna Svensson", false],
    ]);
    const open = await api.post.bySlug({ slug: "öppna-data" });
    expect(open.commentCount).toBe(0);
    expect(await testDb.db.comment.count({ where: { postId: open.id, status: "pending" } })).toBe(1);
    await expect(api.post.bySlug({ slug: "borttaget-inlagg" })).rejects.toThrow();
  });

  it("changes nothing when the Takeout folder is imported again", async () => {
    await importFixture(join(FIXTURES, "takeout"));
    const before = await tableCounts();
    const { report } = await importFixture(join(FIXTURES, "takeout"));
    expect(report.counts.posts.imported).toBe(0);
    expect(await tableCounts()).toEqual(before);
  });
});
