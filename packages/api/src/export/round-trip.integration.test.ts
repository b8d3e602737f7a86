import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import type { Db } from "@crestwood/db";
import { phoneJpeg } from "../../test/images";
import { makePost } from "../../test/factories";
import { openExportSource } from "../import/blogger/source";
import { planImport } from "../import/plan";
import { importExport } from "../import/importer";
import { sanitizePostHtml } from "../content/sanitize";
import { FolderMediaStorage } from "../media/storage";
import { uploadMedia } from "../services/media";
import { exportBlog } from "./blogger-atom";
import { withFileWriter } from "./file-writer";

const FIXTURES = join(import.meta.dirname, "../../test/fixtures/blogger");
const NOW = new Date("2026-01-01T00:00:00Z");

let source: TestDb;
let target: TestDb;
let dir: string;
let sourceMedia: FolderMediaStorage;
let targetMedia: FolderMediaStorage;

beforeAll(async () => {
  [source, target] = await Promise.all([createTestDb(), createTestDb()]);
  dir = await mkdtemp(join(tmpdir(), "crestwood-export-"));
  sourceMedia = new FolderMediaStorage(join(dir, "media-a"));
  targetMedia = new FolderMediaStorage(join(dir, "media-b"));
});
afterAll(async () => {
  await Promise.all([source.cleanup(), target.cleanup()]);
  await rm(dir, { recursive: true, force: true });
});

/** Every row of every content table, as comparable values (ids included). */
async function snapshot(db: Db) {
  const blog = await db.blog.findUniqueOrThrow({ where: { id: 1 }, select: { title: true, description: true, language: true, timezone: true, postsPerPage: true, commentPolicy: true } });
  const users = await db.user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, name: true, role: true, createdAt: true } });
  const posts = await db.post.findMany({ orderBy: { id: "asc" }, omit: {} });
  const labels = await db.label.findMany({ orderBy: { name: "asc" } });
  const postLabels = await db.postLabel.findMany({ orderBy: [{ postId: "asc" }, { labelId: "asc" }] });
  const comments = await db.comment.findMany({ orderBy: { id: "asc" }, omit: { ipHash: true } });
  const media = await db.media.findMany({ orderBy: { id: "asc" } });
  const addresses = await db.address.findMany({ orderBy: { path: "asc" }, select: { path: true, postId: true, labelId: true } });
  return { blog, users, posts, labels, postLabels, comments, media, addresses };
}

describe("export → import into an empty blog", () => {
  it("reproduces every field of posts, pages, drafts, labels, comments, accounts, settings and images", { timeout: 90_000 }, async () => {
    // A blog with a Blogger past and a life of its own since.
    await importExport(source.db, await openExportSource(join(FIXTURES, "classic.xml")), { now: NOW });
    await source.db.blog.update({ where: { id: 1 }, data: { postsPerPage: 5, commentPolicy: "moderated" } });
    const owner = await source.db.user.create({ data: { email: "agare@example.org", name: "Ägaren", role: "owner", passwordHash: "argon2-hash-not-exported" } });
    const image = await uploadMedia(source.db, sourceMedia, { bytes: await phoneJpeg(800, 600), fileName: "bild.jpg", alt: "En bild", caption: "Bildtext", uploadedById: owner.id, maxBytes: 20e6 });
    const native = await makePost(source.db, { title: "Nytt här", slug: "nytt-har", authorId: owner.id, labels: ["nytt"], bodyHtml: sanitizePostHtml(`<p>Rad ett\r\nrad två &amp; <img src="${image.url}" alt="En bild"></p>`) });
    await source.db.post.update({ where: { id: native.id }, data: { featuredMediaId: image.id } });
    await makePost(source.db, { title: "Kommer snart", slug: "kommer-snart", status: "scheduled", publishedAt: new Date("2030-01-01T00:00:00Z") });
    await makePost(source.db, { title: "Schemalagd och passerad", slug: "passerad", status: "scheduled", publishedAt: new Date("2020-06-01T00:00:00Z") });
    const held = await source.db.comment.create({ data: { postId: native.id, authorName: "Väntande", bodyHtml: "Granska mig", status: "pending", createdAt: new Date("2021-01-01T00:00:00Z") } });
    await source.db.comment.create({ data: { postId: native.id, parentId: held.id, authorName: "Ägaren", userId: owner.id, bodyHtml: "Svar", status: "spam", createdAt: new Date("2021-01-02T00:00:00Z") } });
    await source.db.label.create({ data: { name: "tom etikett" } });

    const file = join(dir, "export.xml");
    const counts = await withFileWriter(file, (out) => exportBlog(source.db, out, { origin: "https://blog.example.org", storage: sourceMedia, now: NOW }));
    expect(counts).toMatchObject({ posts: 12, pages: 1, comments: 7, media: 1 });

    const plan = await planImport(await openExportSource(file));
    expect(plan.report.format).toBe("crestwood");
    const { report } = await importExport(target.db, await openExportSource(file), { now: NOW, storage: targetMedia });
    expect(report.lines.filter((line) => !["untitled", "undated-draft", "data-image"].includes(line.code))).toEqual([]);

    const [before, after] = [await snapshot(source.db), await snapshot(target.db)];
    expect(after.blog).toEqual(before.blog);
    expect(after.users).toEqual(before.users);
    expect(after.labels).toEqual(before.labels);
    expect(after.media).toEqual(before.media);
    expect(after.postLabels).toEqual(before.postLabels);
    expect(after.comments).toEqual(before.comments);
    expect(after.posts).toEqual(before.posts);
    expect(after.addresses).toEqual(before.addresses);
    expect(image.variants.length).toBeGreaterThan(0);
    for (const variant of image.variants) {
      expect(await targetMedia.get(variant.name)).toEqual(await sourceMedia.get(variant.name));
    }
    // Passwords never leave the blog.
    expect((await target.db.user.findUniqueOrThrow({ where: { email: "agare@example.org" } })).passwordHash).toBeNull();

    // And the export imports again into the same blog without changing anything.
    const again = await importExport(target.db, await openExportSource(file), { now: NOW, storage: targetMedia });
    expect(again.report.counts.posts.imported + again.report.counts.comments.imported).toBe(0);
    expect(await snapshot(target.db)).toEqual(after);

    // So does importing it into the blog it came from.
    const home = await importExport(source.db, await openExportSource(file), { now: NOW, storage: sourceMedia });
    expect(home.report.counts.posts.imported + home.report.counts.pages.imported + home.report.counts.comments.imported).toBe(0);
    expect(await snapshot(source.db)).toEqual(before);
  });
});
