// The address table through the procedures: what readers' old links come to after renames,
// re-dating, label merges and deletions, and what an importer can add.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { callerAs, callerFor, makeBlog, makePost, makeUser, unique } from "../../test/factories";
import { addPostAddresses } from "./addresses";

let testDb: TestDb;
let owner: Awaited<ReturnType<typeof callerAs>>;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db, { timezone: "Europe/Stockholm" });
  owner = await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
});
afterAll(() => testDb.cleanup());

const resolve = (path: string) => callerFor(testDb.db).address.resolve({ path });

describe("address.resolve", () => {
  it("finds posts by their whole address: the same slug in two months is two posts", async () => {
    const slug = unique("x");
    const february = await makePost(testDb.db, { slug, publishedAt: new Date("2009-02-10T12:00:00Z") });
    const may = await makePost(testDb.db, { slug, publishedAt: new Date("2010-05-10T12:00:00Z") });
    expect(await resolve(`/2009/02/${slug}.html`)).toMatchObject({ status: "post", post: { id: february.id } });
    expect(await resolve(`/2010/05/${slug}.html`)).toMatchObject({ status: "post", post: { id: may.id } });
    // Neither month: two candidates, so no guess.
    expect(await resolve(`/2011/01/${slug}.html`)).toEqual({ status: "missing" });
  });

  it("finds unicode slugs however they are spelled, and leads a mistyped month to the permalink", async () => {
    const slug = `år-${unique("ö")}`;
    const post = await makePost(testDb.db, { slug, publishedAt: new Date("2009-01-31T23:30:00Z") });
    const encoded = `/2009/02/${encodeURIComponent(slug)}.html`;
    expect(await resolve(encoded)).toMatchObject({ status: "post", post: { id: post.id, path: encoded } });
    expect(await resolve(`/2009/02/${slug.normalize("NFD")}.html`)).toMatchObject({ status: "post", post: { id: post.id } });
    expect(await resolve(`/2009/01/${slug}.html`)).toEqual({ status: "moved", to: encoded });
    expect(await resolve(`/p/${slug}.html`)).toEqual({ status: "moved", to: encoded });
  });

  it("keeps a live post's address when an update changes only its title; a draft's slug follows its title", async () => {
    const at = new Date("2024-04-10T12:00:00Z");
    const live = await owner.admin.post.create({ title: unique("Första"), bodyHtml: "<p>x</p>", status: "published", publishedAt: at });
    const retitled = await owner.admin.post.update({ id: live.id, title: unique("Andra"), bodyHtml: "<p>x</p>", status: "published", publishedAt: at });
    expect(retitled.path).toBe(live.path);
    expect(await resolve(live.path!)).toMatchObject({ status: "post", post: { id: live.id } });

    const draft = await owner.admin.post.create({ title: unique("Utkast"), bodyHtml: "", status: "draft" });
    const title = unique("Nytt namn");
    const renamedDraft = await owner.admin.post.update({ id: draft.id, title, bodyHtml: "", status: "draft" });
    expect(renamedDraft.slug).not.toBe(draft.slug);
  });

  it("keeps a renamed and a re-dated post's old addresses as permanent moves, and answers gone once it is deleted", async () => {
    const created = await owner.admin.post.create({ title: unique("Flytt"), bodyHtml: "<p>x</p>", status: "published", publishedAt: new Date("2024-03-10T12:00:00Z") });
    const first = created.path!;
    const renamed = await owner.admin.post.update({ id: created.id, title: created.title, slug: `${created.slug}-ny`, bodyHtml: "<p>x</p>", status: "published", publishedAt: new Date("2024-03-10T12:00:00Z") });
    expect(await resolve(first)).toEqual({ status: "moved", to: renamed.path });
    const redated = await owner.admin.post.update({ id: created.id, title: created.title, slug: renamed.slug, bodyHtml: "<p>x</p>", status: "published", publishedAt: new Date("2024-05-02T12:00:00Z") });
    expect(redated.path).toBe(`/2024/05/${renamed.slug}.html`);
    for (const old of [first, renamed.path!]) expect(await resolve(old), old).toEqual({ status: "moved", to: redated.path });
    expect(await resolve(redated.path!)).toMatchObject({ status: "post", post: { id: created.id } });

    await owner.admin.post.delete({ id: created.id });
    for (const old of [first, renamed.path!, redated.path!]) expect(await resolve(old), old).toEqual({ status: "gone" });
  });

  it("gives a deleted post's address to the next post published there", async () => {
    const created = await owner.admin.post.create({ title: unique("Borta"), bodyHtml: "", status: "published", publishedAt: new Date("2024-07-01T12:00:00Z") });
    await owner.admin.post.delete({ id: created.id });
    expect(await resolve(created.path!)).toEqual({ status: "gone" });
    const again = await owner.admin.post.create({ title: "Igen", slug: created.slug, bodyHtml: "", status: "published", publishedAt: new Date("2024-07-02T12:00:00Z") });
    expect(await resolve(created.path!)).toMatchObject({ status: "post", post: { id: again.id } });
  });

  it("sends a renamed and a merged label's old names to the label they became, and a deleted one's to gone", async () => {
    const [a, b, c] = [unique("Etikett A"), unique("Etikett B"), unique("Etikett C")];
    await makePost(testDb.db, { labels: [a] });
    await makePost(testDb.db, { labels: [b] });
    await makePost(testDb.db, { labels: [c] });
    const ids = new Map((await owner.admin.label.list()).map((label) => [label.name, label.id]));
    const path = (name: string) => `/search/label/${encodeURIComponent(name)}`;

    const renamed = `${a} ny`;
    await owner.admin.label.update({ id: ids.get(a)!, name: renamed });
    expect(await resolve(path(a))).toEqual({ status: "moved", to: path(renamed) });
    expect(await resolve(path(renamed))).toEqual({ status: "label", name: renamed });

    await owner.admin.label.merge({ sourceId: ids.get(a)!, targetId: ids.get(b)! });
    for (const old of [a, renamed]) expect(await resolve(path(old)), old).toEqual({ status: "moved", to: path(b) });

    await owner.admin.label.delete({ id: ids.get(c)! });
    expect(await resolve(path(c))).toEqual({ status: "gone" });
    expect(await resolve(path(unique("aldrig")))).toEqual({ status: "missing" });
  });

  it("lets an importer add many old addresses per post, Blogger's absolute permalinks included", async () => {
    const post = await makePost(testDb.db, { publishedAt: new Date("2012-08-08T12:00:00Z") });
    const { added, skipped } = await addPostAddresses(testDb.db, post.id, [
      "http://example.blogspot.com/2008/03/gammal-titel.html?m=1",
      "/2008/03/%C3%A4nnu-%C3%A4ldre.html",
      "/p/gammal-sida.html",
      "/2008/13/fel.html",
      "/feeds/posts/default",
    ]);
    expect(added).toEqual(["/2008/03/gammal-titel.html", "/2008/03/ännu-äldre.html", "/p/gammal-sida.html"]);
    expect(skipped).toEqual(["/2008/13/fel.html", "/feeds/posts/default"]);
    for (const old of ["/2008/03/gammal-titel.html", "/2008/03/%C3%A4nnu-%C3%A4ldre.html", "/p/gammal-sida.html"]) {
      expect(await resolve(old), old).toEqual({ status: "moved", to: `/2012/08/${post.slug}.html` });
    }
  });

  it("hides an old address while its post is a draft (404, not gone)", async () => {
    const created = await owner.admin.post.create({ title: unique("Utkast"), bodyHtml: "", status: "published", publishedAt: new Date("2023-01-05T12:00:00Z") });
    await owner.admin.post.update({ id: created.id, title: created.title, slug: `${created.slug}-b`, bodyHtml: "", status: "draft" });
    expect(await resolve(created.path!)).toEqual({ status: "missing" });
  });
});

describe("sitemaps", () => {
  it("is an index of as many sitemaps as the addresses need, each within its size", async () => {
    const { getSitemap } = await import("./sitemap");
    for (let i = 0; i < 5; i++) await makePost(testDb.db, { publishedAt: new Date(Date.UTC(2015, 0, i + 1)) });
    const all = (await getSitemap(testDb.db, 1, 1_000_000))!;
    if (all.kind !== "urls") throw new Error("expected a page");
    const perPage = 4;
    const index = await getSitemap(testDb.db, undefined, perPage);
    if (index?.kind !== "index") throw new Error("expected the index");
    expect(index.pages.map((page) => page.page)).toEqual(Array.from({ length: Math.ceil(all.entries.length / perPage) }, (_, i) => i + 1));
    const pages = [];
    for (const { page } of index.pages) {
      const sitemap = (await getSitemap(testDb.db, page, perPage))!;
      if (sitemap.kind !== "urls") throw new Error("expected a page");
      expect(sitemap.entries.length).toBeLessThanOrEqual(perPage);
      pages.push(...sitemap.entries.map((entry) => entry.path));
    }
    expect(pages).toEqual(all.entries.map((entry) => entry.path));
    expect(await getSitemap(testDb.db, index.pages.length + 1, perPage)).toBeNull();
  });
});
