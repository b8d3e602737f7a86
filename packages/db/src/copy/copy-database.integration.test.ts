import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../client";
import { migrateDatabase } from "../migrations/run";
import { postSearch } from "../search/post-search";
import { createTestDb, type TestDb } from "../../testing";
import { compareDatabases, copyDatabase, CopyRefused } from "./copy-database";

// A SQLite blog copied into this run's database (PostgreSQL in the PostgreSQL run): ids, paths,
// threads and trigger-kept counts survive, and the check per table sees any difference.
let dir: string;
let source: Db;
let target: TestDb;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "crestwood-copy-"));
  const url = `file:${join(dir, "source.db")}`;
  migrateDatabase(url);
  source = createDb(url);
  target = await createTestDb();

  await source.blog.create({ data: { id: 1, title: "Källblogg", language: "sv", timezone: "Europe/Stockholm" } });
  await source.user.create({ data: { id: "user-1", email: "agda@example.org", name: "Agda Åström", role: "owner", passwordHash: "x" } });
  await source.media.create({ data: { id: "media-1", hash: "f".repeat(64), fileName: "älg.jpg", mime: "image/jpeg", width: 800, height: 600, bytes: 1234, variants: "[]" } });
  await source.post.create({
    data: {
      id: "post-1", slug: "smorgasbord", title: "Smörgåsbord på intranätet", bodyHtml: "<p>Om <b>intranät</b> &amp; bloggar</p>", status: "published",
      publishedAt: new Date("2009-02-02T09:15:00.123Z"), authorId: "user-1", featuredMediaId: "media-1",
      labels: { create: [{ label: { create: { id: "label-1", name: "Intranät" } } }, { label: { create: { id: "label-2", name: "wikis" } } }] },
    },
  });
  await source.address.create({ data: { path: "/2009/02/smörgåsbord.html", postId: "post-1" } });
  await source.post.create({ data: { id: "post-2", slug: "utkast", title: "Utkast", bodyHtml: "<p>x</p>", status: "draft", labels: { create: [{ labelId: "label-2" }] } } });
  // A thread whose replies sort before their parents by id: the copy must write parents first.
  await source.comment.create({ data: { id: "c-3", postId: "post-1", authorName: "Första", bodyHtml: "<p>Bra!</p>", createdAt: new Date("2009-02-03T10:00:00Z") } });
  await source.comment.create({ data: { id: "c-2", postId: "post-1", parentId: "c-3", authorName: "Svar", bodyHtml: "<p>Tack</p>", userId: "user-1" } });
  await source.comment.create({ data: { id: "c-1", postId: "post-1", parentId: "c-2", authorName: "Svar på svar", bodyHtml: "<p>:)</p>", status: "pending" } });
});
afterAll(async () => {
  await source.$disconnect();
  await target.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe("copyDatabase", () => {
  it("copies every row with its id, thread and counts, and the check finds both sides equal", async () => {
    const copied: string[] = [];
    await copyDatabase(source, target.db, (table, rows) => copied.push(`${table}:${rows}`));
    expect(copied).toEqual(expect.arrayContaining(["Post:2", "Comment:3", "PostLabel:3", "Label:2", "Media:1"]));

    const checks = await compareDatabases(source, target.db);
    expect(checks.filter((check) => !check.same)).toEqual([]);
    expect(checks.find((check) => check.table === "Comment")?.targetRows).toBe(3);

    const post = await target.db.post.findUniqueOrThrow({ where: { id: "post-1" }, include: { comments: { orderBy: { id: "asc" } } } });
    expect(await target.db.address.findMany({ select: { path: true, postId: true } })).toEqual([{ path: "/2009/02/smörgåsbord.html", postId: "post-1" }]);
    expect(post.publishedAt?.toISOString()).toBe("2009-02-02T09:15:00.123Z");
    expect(post.comments.map((comment) => [comment.id, comment.parentId])).toEqual([
      ["c-1", "c-2"],
      ["c-2", "c-3"],
      ["c-3", null],
    ]);
    expect((await target.db.label.findMany({ orderBy: { id: "asc" } })).map((label) => label.postCount)).toEqual([1, 1]);
    // The target's own search index was filled by its triggers while the posts were copied.
    const hits = await postSearch().search(target.db, { text: "intranat", blogId: 1, now: new Date(), limit: 5 });
    expect(hits.map((hit) => hit.postId)).toEqual(["post-1"]);
  });

  it("sees a changed row, and refuses to copy into a database that holds data", async () => {
    await target.db.comment.update({ where: { id: "c-1" }, data: { bodyHtml: "<p>ändrad</p>" } });
    const checks = await compareDatabases(source, target.db);
    expect(checks.filter((check) => !check.same).map((check) => check.table)).toEqual(["Comment"]);
    await expect(copyDatabase(source, target.db)).rejects.toBeInstanceOf(CopyRefused);
  });
});
