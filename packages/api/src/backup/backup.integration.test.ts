import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, readBackupRows } from "@crestwood/db";
import { createTestDb, testProvider, type TestDb } from "@crestwood/db/testing";
import { phoneJpeg } from "../../test/images";
import { callerFor, makeBlog, makePost } from "../../test/factories";
import { FolderMediaStorage } from "../media/storage";
import { uploadMedia } from "../services/media";
import { createBackup, restoreBackup } from "./backup";

let live: TestDb;
let dir: string;
let media: FolderMediaStorage;

beforeAll(async () => {
  live = await createTestDb();
  dir = await mkdtemp(join(tmpdir(), "crestwood-backup-"));
  media = new FolderMediaStorage(join(dir, "live-media"));
});
afterAll(async () => {
  await live.cleanup();
  await rm(dir, { recursive: true, force: true });
});

describe.runIf(testProvider() === "postgresql")("backup of a PostgreSQL blog", () => {
  it("points to pg_dump and writes nothing", async () => {
    const target = join(dir, "pg-backup");
    await expect(createBackup(live.db, target, media, { databaseUrl: live.url })).rejects.toThrow(/pg_dump/);
    await expect(readdir(target)).rejects.toThrow(/ENOENT/);
    await expect(restoreBackup(target, media, { databaseUrl: live.url })).rejects.toThrow(/pg_dump/);
  });
});

describe.runIf(testProvider() === "sqlite")("backup and restore", () => {
  it("copies one consistent moment while readers keep commenting, and restores it", { timeout: 60_000 }, async () => {
    await makeBlog(live.db, { commentPolicy: "open" });
    const posts = [];
    for (let i = 0; i < 300; i++) posts.push(await makePost(live.db, { bodyHtml: `<p>${"Text ".repeat(200)}</p>` }));
    const image = await uploadMedia(live.db, media, { bytes: await phoneJpeg(640, 480), fileName: "a.jpg", uploadedById: null, maxBytes: 20e6 });

    // Readers comment from another connection, as the running server would, for as long as the backup takes.
    const server = createDb(live.url);
    let stop = false;
    let written = 0;
    const commenting = (async () => {
      while (!stop) {
        // Straight rows, as fast as they go: flood control would slow the procedure to a trickle.
        await server.comment.create({ data: { postId: posts[written % posts.length]!.id, authorName: `Läsare ${written}`, bodyHtml: "<p>Bra!</p>" } });
        written++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const before = await live.db.comment.count();
    const manifest = await createBackup(live.db, join(dir, "backup"), media, { databaseUrl: live.url });
    stop = true;
    await commenting;
    await server.$disconnect();
    const after = await live.db.comment.count();
    expect(after).toBeGreaterThan(before);

    const copy = join(dir, "backup", "crestwood.db");
    expect(await readBackupRows(copy, "PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    expect(await readBackupRows(copy, "PRAGMA foreign_key_check")).toEqual([]);
    const [{ n: copied }] = (await readBackupRows<{ n: number }>(copy, `SELECT count(*) AS n FROM "Comment"`)) as [{ n: number }];
    expect(copied).toBeGreaterThanOrEqual(before);
    expect(copied).toBeLessThanOrEqual(after);
    expect(manifest.media).toEqual({ files: image.variants.length, missing: [] });

    // Restore into a fresh place: the same blog comes back, images included.
    const restoredFile = join(dir, "restored.db");
    const restoredMedia = new FolderMediaStorage(join(dir, "restored-media"));
    await restoreBackup(join(dir, "backup"), restoredMedia, { databaseUrl: `file:${restoredFile}` });
    const restored = createDb(`file:${restoredFile}`);
    try {
      expect(await restored.comment.count()).toBe(copied);
      expect(await restored.post.count()).toBe(300);
      const api = callerFor(restored);
      expect((await api.post.bySlug({ slug: posts[0]!.slug })).id).toBe(posts[0]!.id);
      for (const variant of image.variants) expect(await restoredMedia.exists(variant.name)).toBe(true);
    } finally {
      await restored.$disconnect();
    }
  });

  it("refuses a folder that is not empty, and a folder that is not a backup", async () => {
    await expect(createBackup(live.db, dir, media, { databaseUrl: live.url })).rejects.toThrow(/not empty/);
    await expect(restoreBackup(join(dir, "live-media"), media, { databaseUrl: live.url })).rejects.toThrow(/not a Crestwood backup/);
  });
});
