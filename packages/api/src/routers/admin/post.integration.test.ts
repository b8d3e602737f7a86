import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TRPCError } from "@trpc/server";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { appRouter } from "../../root";
import { createTRPCContext } from "../../trpc";
import { callerAs, callerFor, formTokenFor, makeBlog, makePost, makeUser, unique } from "../../../test/factories";

let testDb: TestDb;
let author: Awaited<ReturnType<typeof callerAs>>;
let authorId: string;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db, { timezone: "Europe/Stockholm" });
  const user = await makeUser(testDb.db);
  authorId = user.id;
  author = await callerAs(testDb.db, user);
});
afterAll(() => testDb.cleanup());

const DAY = 86_400_000;

describe("admin.post.create", () => {
  it("saves a draft with a slug from the title, sanitized HTML, an excerpt and new labels", async () => {
    const label = unique("etikett");
    const post = await author.admin.post.create({
      title: "Nyårslöften för intranätredaktören",
      bodyHtml: `<p onclick="steal()">Hej <a href="javascript:alert(1)">där</a></p><script>alert(1)</script><img src="x" onerror="alert(1)">`,
      labels: [label, label, "Intranät"],
      status: "draft",
    });
    expect(post).toMatchObject({ slug: "nyarsloften-for-intranatredaktoren", status: "draft", publishedAt: null, authorId, canEdit: true });
    expect(post.labels.sort()).toEqual(["Intranät", label].sort());
    expect(post.bodyHtml).toBe(`<p>Hej <a>där</a></p><img src="x" />`);
    const row = await testDb.db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(row.excerpt).toBe("Hej där");
    // A draft is not on the blog.
    await expect(callerFor(testDb.db).post.bySlug({ slug: post.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("numbers a generated slug that is taken, and refuses a typed one at a taken address with CONFLICT on the slug field", async () => {
    const title = unique("Samma titel");
    const february = new Date("2009-02-10T12:00:00Z");
    const first = await author.admin.post.create({ title, bodyHtml: "", status: "published", publishedAt: february });
    const second = await author.admin.post.create({ title, bodyHtml: "", status: "draft" });
    expect(second.slug).toBe(`${first.slug}-2`);

    // The same slug in another month is another address (Blogger's slugs repeat across months).
    const may = await author.admin.post.create({ title: "Annan", slug: first.slug, bodyHtml: "", status: "published", publishedAt: new Date("2010-05-10T12:00:00Z") });
    expect(may.path).toBe(`/2010/05/${first.slug}.html`);
    const error = (await author.admin.post
      .create({ title: "Annan", slug: first.slug, bodyHtml: "", status: "published", publishedAt: new Date("2009-02-20T12:00:00Z") })
      .catch((e: unknown) => e)) as TRPCError;
    expect(error.code).toBe("CONFLICT");
    const { getErrorShape } = await import("@trpc/server/unstable-core-do-not-import");
    const shape = getErrorShape({
      config: appRouter._def._config,
      error,
      type: "mutation",
      path: "admin.post.create",
      input: undefined,
      ctx: createTRPCContext({ db: testDb.db, headers: new Headers() }),
    });
    expect(shape.data.zodError?.fieldErrors).toEqual({ slug: [`Another post already has the address /2009/02/${first.slug}.html: choose another slug.`] });
  });

  it("refuses a malformed slug and an empty title with BAD_REQUEST", async () => {
    await expect(author.admin.post.create({ title: " ", slug: "Not A Slug", bodyHtml: "", status: "draft" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("publishes now, or schedules a future time that readers see only once it has come", async () => {
    const now = await author.admin.post.create({ title: unique("Nu"), bodyHtml: "<p>x</p>", status: "published" });
    expect(now.status).toBe("published");
    expect(now.path).toMatch(/^\/\d{4}\/\d{2}\/nu-[a-z0-9-]+\.html$/);
    await expect(callerFor(testDb.db).post.bySlug({ slug: now.slug })).resolves.toMatchObject({ id: now.id });

    const later = await author.admin.post.create({ title: unique("Sen"), bodyHtml: "", status: "published", publishedAt: new Date(Date.now() + DAY) });
    expect(later.status).toBe("scheduled");
    await expect(callerFor(testDb.db).post.bySlug({ slug: later.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await expect(author.admin.post.create({ title: "X", bodyHtml: "", status: "scheduled", publishedAt: new Date(Date.now() - DAY) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("admin.post.update and delete", () => {
  it("changes content and labels, unpublishes, and keeps the first publication date on republishing", async () => {
    const post = await author.admin.post.create({ title: unique("Ändra"), bodyHtml: "<p>1</p>", labels: ["a-label"], status: "published" });
    const updated = await author.admin.post.update({ id: post.id, title: "Ändrad", slug: post.slug, bodyHtml: "<p>2</p>", labels: ["b-label"], status: "draft" });
    expect(updated).toMatchObject({ title: "Ändrad", bodyHtml: "<p>2</p>", labels: ["b-label"], status: "draft" });
    await expect(callerFor(testDb.db).post.bySlug({ slug: post.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const again = await author.admin.post.update({ id: post.id, title: "Ändrad", bodyHtml: "<p>2</p>", status: "published", publishedAt: post.publishedAt });
    expect(again.publishedAt).toEqual(post.publishedAt);
    expect(again.slug).toBe("andrad");
  });

  it("deletes a post into the trash, from where it comes back at its address with its comments", async () => {
    const label = unique("papperskorg");
    const post = await author.admin.post.create({ title: unique("Bort"), bodyHtml: "<p>x</p>", labels: [label], status: "published" });
    const comment = await callerFor(testDb.db).comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "R", body: "Kvar" });
    const labelCount = async () => (await callerFor(testDb.db).label.list()).find((l) => l.name === label)?.postCount ?? 0;
    expect(await labelCount()).toBe(1);

    await author.admin.post.delete({ id: post.id });
    await expect(callerFor(testDb.db).post.bySlug({ slug: post.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await author.admin.post.list({ query: post.title })).total).toBe(0);
    await expect(author.admin.post.byId({ id: post.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await labelCount()).toBe(0);
    expect((await callerFor(testDb.db).post.search({ q: post.title })).results.some((hit) => hit.post.id === post.id)).toBe(false);
    await expect(author.admin.post.delete({ id: post.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const trash = await author.admin.trash.list();
    expect(trash.posts.find((p) => p.id === post.id)).toMatchObject({ path: post.path, commentCount: 1, trashedStatus: "published" });

    await author.admin.trash.restore({ kind: "post", id: post.id });
    const back = await callerFor(testDb.db).post.bySlug({ slug: post.slug });
    expect(back).toMatchObject({ id: post.id, path: post.path });
    expect((await callerFor(testDb.db).comment.list({ postId: post.id })).map((c) => c.id)).toEqual([comment.id]);
    expect(await labelCount()).toBe(1);
  });

  it("purges what has been in the trash for 30 days, and deletes for good on request", async () => {
    const { purgeTrash } = await import("../../services/trash");
    const old = await author.admin.post.create({ title: unique("Gammal"), bodyHtml: "", status: "draft" });
    const fresh = await author.admin.post.create({ title: unique("Färsk"), bodyHtml: "", status: "draft" });
    await author.admin.post.delete({ id: old.id });
    await author.admin.post.delete({ id: fresh.id });
    await testDb.db.post.update({ where: { id: old.id }, data: { trashedAt: new Date(Date.now() - 31 * DAY) } });
    await purgeTrash(testDb.db);
    expect(await testDb.db.post.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await testDb.db.post.findUnique({ where: { id: fresh.id } })).not.toBeNull();
    await author.admin.trash.deletePermanently({ kind: "post", id: fresh.id });
    expect(await testDb.db.post.findUnique({ where: { id: fresh.id } })).toBeNull();
  });

  it("lets the owner change and delete anyone's post", async () => {
    const owner = await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
    const post = await makePost(testDb.db, { authorId });
    await expect(owner.admin.post.update({ id: post.id, title: "Ägarens", bodyHtml: "", status: "draft" })).resolves.toMatchObject({ title: "Ägarens" });
    await expect(owner.admin.post.delete({ id: post.id })).resolves.toEqual({ id: post.id });
  });
});

describe("admin.post.list and byId", () => {
  it("lists every status, searches titles, filters by label and status, and pages", async () => {
    const label = unique("lista");
    const word = unique("sökord");
    const draft = await makePost(testDb.db, { title: `${word} utkast`, status: "draft", publishedAt: null, labels: [label] });
    const scheduled = await makePost(testDb.db, { title: `${word} planerat`, status: "scheduled", publishedAt: new Date(Date.now() + DAY), labels: [label] });
    const due = await makePost(testDb.db, { title: `${word} dags`, status: "scheduled", publishedAt: new Date(Date.now() - 1000), labels: [label] });
    const published = await makePost(testDb.db, { title: `annat ${unique("x")}`, labels: [label] });

    const all = await author.admin.post.list({ label });
    expect(all.total).toBe(4);
    // What the author is working on first (drafts, then scheduled), then the newest published.
    expect(all.posts.map((p) => p.id)).toEqual([draft.id, scheduled.id, due.id, published.id]);
    const byId = new Map(all.posts.map((p) => [p.id, p]));
    expect(byId.get(draft.id)?.status).toBe("draft");
    expect(byId.get(scheduled.id)?.status).toBe("scheduled");
    expect(byId.get(due.id)?.status).toBe("published");
    expect(byId.get(published.id)?.canEdit).toBe(false);

    expect((await author.admin.post.list({ query: word })).posts.map((p) => p.id).sort()).toEqual([draft.id, scheduled.id, due.id].sort());
    expect((await author.admin.post.list({ label, status: "published" })).posts.map((p) => p.id).sort()).toEqual([due.id, published.id].sort());
    expect((await author.admin.post.list({ label, status: "scheduled" })).posts.map((p) => p.id)).toEqual([scheduled.id]);

    const page1 = await author.admin.post.list({ label, pageSize: 3 });
    const page2 = await author.admin.post.list({ label, pageSize: 3, page: 2 });
    expect(page1).toMatchObject({ total: 4, pageCount: 2 });
    expect(page2.posts).toHaveLength(1);
    expect(new Set([...page1.posts, ...page2.posts].map((p) => p.id)).size).toBe(4);
    // Pages across the drafts/dated boundary keep the order.
    const pages = await Promise.all([1, 2, 3, 4].map((page) => author.admin.post.list({ label, pageSize: 1, page })));
    expect(pages.map((list) => list.posts[0]?.id)).toEqual([draft.id, scheduled.id, due.id, published.id]);
  });

  it("byId returns the HTML for the editor, and NOT_FOUND for a missing post", async () => {
    const post = await makePost(testDb.db, { bodyHtml: "<p>Brödtext</p>", status: "draft", publishedAt: null });
    await expect(author.admin.post.byId({ id: post.id })).resolves.toMatchObject({ bodyHtml: "<p>Brödtext</p>", canEdit: false });
    await expect(author.admin.post.byId({ id: "missing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("admin.post.preview", () => {
  it("renders a draft as readers would see it, sanitized", async () => {
    const post = await author.admin.post.create({ title: unique("Förhands"), bodyHtml: "<p>Text</p>", labels: ["förhand"], status: "draft" });
    await expect(author.admin.post.preview({ id: post.id })).resolves.toMatchObject({ title: post.title, bodyHtml: "<p>Text</p>", labels: [{ name: "förhand" }] });
  });
});

describe("static pages", () => {
  it("are created with kind page, listed apart from posts, without labels, at /p/<slug>.html", async () => {
    const title = unique("Om bloggen");
    const page = await author.admin.post.create({ kind: "page", title, bodyHtml: "<p>Vem jag är</p>", labels: ["ska-inte-fastna"], status: "published" });
    expect(page).toMatchObject({ kind: "page", labels: [], path: `/p/${page.slug}.html`, status: "published" });
    const pages = await author.admin.post.list({ kind: "page" });
    expect(pages.posts.map((p) => p.id)).toContain(page.id);
    expect((await author.admin.post.list({})).posts.map((p) => p.id)).not.toContain(page.id);
    // Updating keeps it a page (the kind is not an update field).
    const updated = await author.admin.post.update({ id: page.id, title, slug: page.slug, bodyHtml: "<p>Ändrad</p>", labels: ["x"], status: "published" });
    expect(updated).toMatchObject({ kind: "page", labels: [] });

    const reader = callerFor(testDb.db);
    const listed = await reader.page.list();
    expect(listed).toContainEqual({ id: page.id, title, path: `/p/${page.slug}.html` });
    expect((await reader.post.list({ limit: 100 })).posts.map((p) => p.id)).not.toContain(page.id);
    // A draft page is nowhere for readers.
    const draft = await author.admin.post.create({ kind: "page", title: unique("Utkastsida"), bodyHtml: "", status: "draft" });
    expect((await reader.page.list()).map((p) => p.id)).not.toContain(draft.id);
  });
});

describe("validation errors", () => {
  it("say which fields are wrong in one sentence, with the field errors beside it", async () => {
    const error = (await author.admin.post.create({ title: "", bodyHtml: "x".repeat(500_001), status: "draft" }).catch((e: unknown) => e)) as TRPCError;
    const { getErrorShape } = await import("@trpc/server/unstable-core-do-not-import");
    const shape = getErrorShape({ config: appRouter._def._config, error, type: "mutation", path: "admin.post.create", input: undefined, ctx: createTRPCContext({ db: testDb.db, headers: new Headers() }) });
    expect(shape.message).toBe("title: required; bodyHtml: at most 500000 characters.");
    expect(shape.data.zodError?.fieldErrors).toEqual({ title: ["Enter a title."], bodyHtml: ["The post is too long."] });
  });
});
