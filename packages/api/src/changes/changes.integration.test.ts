// Every write path announces what it changed: a change log row in the same transaction, and the
// same change on the in-process transport once committed.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { openDatabaseWatch, type DatabaseWatch } from "@crestwood/db/watch";
import { callerAs, callerFor, formTokenFor, makeBlog, makeUser, unique } from "../../test/factories";
import { parseStoredChange, type Change } from "./change";
import { changeTransport } from "./transport";

let testDb: TestDb;
let watch: DatabaseWatch;
const published: Change[] = [];
let unsubscribe: () => void;

beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db, { timezone: "Europe/Stockholm" });
  watch = openDatabaseWatch(testDb.url);
  await watch.refresh();
  unsubscribe = changeTransport().subscribe((changes) => published.push(...changes));
});
afterAll(async () => {
  unsubscribe();
  watch.close();
  await testDb.cleanup();
});
afterEach(() => {
  published.length = 0;
});

/** What was logged since the last look, as another process reads it. */
async function logged(): Promise<Change[]> {
  await watch.refresh();
  return watch.readNewChanges().map((row) => parseStoredChange(row.change));
}

describe("announcements", () => {
  it("a post: created, edited in place, re-dated and deleted", async () => {
    const owner = await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
    const label = unique("etikett");
    await logged();
    // 23:30 UTC on 31 January is February in Stockholm.
    const post = await owner.admin.post.create({ title: "Först", bodyHtml: "<p>x</p>", labels: [label], status: "published", publishedAt: new Date("2003-01-31T23:30:00Z") });
    const created = { type: "post.changed", id: post.id, kind: "post", oldPaths: [], newPaths: [post.path], labels: [label], months: ["2003-02"], shown: true, listing: true };
    expect(await logged()).toEqual([created]);
    expect(published).toEqual([created]);

    await owner.admin.post.update({ id: post.id, title: "Sedan", slug: post.slug, bodyHtml: "<p>x</p>", labels: [label], status: "published", publishedAt: new Date("2003-01-31T23:30:00Z") });
    expect(await logged()).toEqual([{ ...created, oldPaths: [post.path], shown: true, listing: false }]);

    const moved = await owner.admin.post.update({ id: post.id, title: "Sedan", slug: `${post.slug}-ny`, bodyHtml: "<p>x</p>", labels: [], status: "published", publishedAt: new Date("2003-05-01T12:00:00Z") });
    expect(await logged()).toEqual([{ ...created, oldPaths: [post.path], newPaths: [moved.path], months: ["2003-02", "2003-05"], listing: true }]);

    // Deleting moves it to the trash: readers lose it (lists, feeds, archive, search), and it keeps
    // the address it comes back to.
    await owner.admin.post.delete({ id: post.id });
    const trashed = { ...created, oldPaths: [moved.path], newPaths: [moved.path], labels: [], months: ["2003-05"], listing: true };
    expect(await logged()).toEqual([trashed]);

    await owner.admin.trash.restore({ kind: "post", id: post.id });
    expect(await logged()).toEqual([trashed]);
    expect(published.at(-1)).toEqual(trashed);

    // Deleted for good from the trash: readers saw nothing of it any more, but its id and address go.
    await owner.admin.post.delete({ id: post.id });
    await logged();
    await owner.admin.trash.deletePermanently({ kind: "post", id: post.id });
    expect(await logged()).toEqual([{ ...created, oldPaths: [moved.path], newPaths: [], labels: [], months: [], shown: false, listing: false }]);
  });

  it("the trash purge announces each post and thread it deletes for good", async () => {
    const user = await makeUser(testDb.db, { role: "owner" });
    const owner = await callerAs(testDb.db, user);
    const post = await owner.admin.post.create({ title: "Gammal", bodyHtml: "<p>x</p>", labels: [], status: "published", publishedAt: new Date("2005-01-01T12:00:00Z") });
    const other = await owner.admin.post.create({ title: "Kvar", bodyHtml: "<p>x</p>", labels: [], status: "published", publishedAt: new Date("2005-01-02T12:00:00Z") });
    const comment = await owner.admin.comment.reply({ commentId: (await callerFor(testDb.db).comment.create({ postId: other.id, authorName: "Läsare", body: "Hej", formToken: await formTokenFor(testDb.db) })).id, body: "Svar" });
    await owner.admin.post.delete({ id: post.id });
    await owner.admin.comment.delete({ id: comment.id });
    await logged();
    const { purgeTrash, TRASH_DAYS } = await import("../services/trash");
    await purgeTrash(testDb.db, new Date(Date.now() + (TRASH_DAYS + 1) * 86_400_000));
    expect(await logged()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "post.changed", id: post.id, newPaths: [], shown: false }),
        { type: "comment.changed", postId: other.id },
      ]),
    );
  });

  it("a draft saved again shows nothing to readers", async () => {
    const owner = await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
    await logged();
    const draft = await owner.admin.post.create({ title: "Utkast", bodyHtml: "<p>x</p>", labels: [], status: "draft" });
    expect(await logged()).toEqual([expect.objectContaining({ type: "post.changed", id: draft.id, shown: false, listing: false })]);
  });

  it("comments: published at once, held, approved, deleted", async () => {
    const user = await makeUser(testDb.db, { role: "owner" });
    const owner = await callerAs(testDb.db, user);
    const post = await owner.admin.post.create({ title: "Kommenteras", bodyHtml: "<p>x</p>", labels: [], status: "published", publishedAt: new Date("2004-01-01T12:00:00Z") });
    await logged();
    const comment = await callerFor(testDb.db).comment.create({ postId: post.id, authorName: "Läsare", body: "Hej", formToken: await formTokenFor(testDb.db) });
    expect(await logged()).toEqual([{ type: "comment.changed", postId: post.id }]);

    await owner.admin.comment.update({ id: comment.id, status: "spam" });
    expect(await logged()).toEqual([{ type: "comment.changed", postId: post.id }]);
    // From spam to the queue: readers saw it in neither.
    await owner.admin.comment.update({ id: comment.id, status: "pending" });
    expect(await logged()).toEqual([]);
    await owner.admin.comment.update({ id: comment.id, status: "published" });
    await owner.admin.comment.reply({ commentId: comment.id, body: "Tack" });
    await owner.admin.comment.delete({ id: comment.id });
    expect(await logged()).toEqual([1, 2, 3].map(() => ({ type: "comment.changed", postId: post.id })));

    // Deleting put it in the trash; restoring brings it back to readers, deleting for good moves its
    // reply up a level: both show.
    await owner.admin.trash.restore({ kind: "comment", id: comment.id });
    expect(await logged()).toEqual([{ type: "comment.changed", postId: post.id }]);
    await owner.admin.comment.delete({ id: comment.id });
    await logged();
    await owner.admin.trash.deletePermanently({ kind: "comment", id: comment.id });
    expect(await logged()).toEqual([{ type: "comment.changed", postId: post.id }]);
  });

  it("a held comment moving to the trash and back changes nothing readers see", async () => {
    const owner = await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
    const post = await owner.admin.post.create({ title: "Väntar", bodyHtml: "<p>x</p>", labels: [], status: "published", publishedAt: new Date("2004-01-02T12:00:00Z") });
    const comment = await callerFor(testDb.db).comment.create({ postId: post.id, authorName: "Läsare", body: "Hej igen", formToken: await formTokenFor(testDb.db) });
    await owner.admin.comment.update({ id: comment.id, status: "pending" });
    await logged();
    await owner.admin.comment.delete({ id: comment.id });
    await owner.admin.trash.restore({ kind: "comment", id: comment.id });
    expect(await logged()).toEqual([]);
  });

  it("a revision brought back is a post edit", async () => {
    const owner = await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
    const post = await owner.admin.post.create({ title: "Första", bodyHtml: "<p>ett</p>", labels: [], status: "published", publishedAt: new Date("2004-03-01T12:00:00Z") });
    await owner.admin.post.update({ id: post.id, title: "Andra", slug: post.slug, bodyHtml: "<p>två</p>", labels: [], status: "published", publishedAt: post.publishedAt });
    const [, first] = (await owner.admin.revision.list({ postId: post.id })).revisions;
    await logged();
    await owner.admin.revision.restore({ id: first?.id ?? "" });
    expect(await logged()).toEqual([expect.objectContaining({ type: "post.changed", id: post.id, shown: true, listing: false })]);
  });

  it("profiles, mail settings and erased commenters", async () => {
    const user = await makeUser(testDb.db, { role: "owner" });
    const owner = await callerAs(testDb.db, user);
    await logged();
    await owner.admin.account.updateProfile({ name: user.name, displayName: "Visat namn", bio: "Om mig" });
    expect(await logged()).toEqual([{ type: "author.changed", userId: user.id }]);
    // Saved again unchanged: nothing to drop.
    await owner.admin.account.updateProfile({ name: user.name, displayName: "Visat namn", bio: "Om mig" });
    expect(await logged()).toEqual([]);

    await owner.admin.mail.updateSettings({ digestFrequency: "per_post", revisionsToKeep: 5 });
    expect(await logged()).toEqual([{ type: "settings.changed" }]);

    const post = await owner.admin.post.create({ title: "Raderas", bodyHtml: "<p>x</p>", labels: [], status: "published", publishedAt: new Date("2004-04-01T12:00:00Z") });
    const email = `${unique("lasare")}@example.com`;
    await callerFor(testDb.db).comment.create({ postId: post.id, authorName: "Namn", email, body: "Hej", formToken: await formTokenFor(testDb.db) });
    await logged();
    await owner.admin.mail.erasePersonalData({ email });
    expect(await logged()).toEqual([{ type: "comment.changed", postId: post.id }]);
  });

  it("labels, settings and authors reach every page", async () => {
    const ownerUser = await makeUser(testDb.db, { role: "owner" });
    const owner = await callerAs(testDb.db, ownerUser);
    const author = await makeUser(testDb.db);
    const name = unique("gammal");
    await (await callerAs(testDb.db, author)).admin.post.create({ title: "Av en skribent", bodyHtml: "<p>x</p>", labels: [name], status: "published", publishedAt: new Date("2004-02-01T12:00:00Z") });
    const label = (await owner.admin.label.list()).find((entry) => entry.name === name);
    await logged();
    await owner.admin.label.update({ id: label?.id ?? "", name: `${name}-ny` });
    await owner.admin.blog.update({ title: "Ny titel", description: "", language: "sv", timezone: "Europe/Stockholm", postsPerPage: 7, commentPolicy: "open" });
    await owner.admin.user.delete({ id: author.id });
    expect(await logged()).toEqual([{ type: "label.changed", names: [name, `${name}-ny`] }, { type: "settings.changed" }, { type: "author.changed", userId: author.id }]);
  });

  it("writes nothing when a write fails", async () => {
    const owner = await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
    await logged();
    await expect(owner.admin.post.update({ id: "no-such-post", title: "x", bodyHtml: "<p>x</p>", labels: [], status: "draft" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await logged()).toEqual([]);
    expect(published).toEqual([]);
  });
});

describe("the database watch", () => {
  it("finds the next scheduled publication through the date index's text form", async () => {
    const owner = await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
    const now = new Date();
    const later = new Date(now.getTime() + 3_600_000);
    const sooner = new Date(now.getTime() + 60_000);
    await owner.admin.post.create({ title: "Senare", bodyHtml: "<p>x</p>", labels: [], status: "published", publishedAt: later });
    await watch.refresh();
    expect(watch.nextScheduledPublication(now)?.getTime()).toBeLessThanOrEqual(later.getTime());
    await owner.admin.post.create({ title: "Snart", bodyHtml: "<p>x</p>", labels: [], status: "published", publishedAt: sooner });
    await watch.refresh();
    expect(watch.nextScheduledPublication(now)?.getTime()).toBe(sooner.getTime());
    expect(watch.nextScheduledPublication(new Date(later.getTime() + 1))).toBeNull();
    expect(watch.blogSettings()).toEqual({ secret: expect.stringMatching(/\w{8,}/), allowedOrigins: [] });
  });
});
