import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@crestwood/db";
import { createTestDb, testProvider, type TestDb } from "@crestwood/db/testing";
import { phoneJpeg } from "../../test/images";
import { callerFor } from "../../test/factories";
import { openExportSource } from "../import/blogger/source";
import { importExport } from "../import/importer";
import { parseVariants } from "../services/media";
import { S3MediaStorage } from "../media/s3-storage";
import { createMediaStorage } from "../media/storage";
import { createBackup, restoreBackup } from "./backup";

// MEDIA_STORAGE=s3://…: images an import downloads land in the bucket (never in a local folder),
// and a backup of that blog carries them; a restore puts them into another bucket prefix.
let s3: S3rver;
let images: Server;
let dir: string;
let testDb: TestDb;
let port: number;
let s3Port: number;

const storageAt = (prefix: string) =>
  createMediaStorage({ MEDIA_STORAGE: `s3://blog-media/${prefix}`, MEDIA_S3_ENDPOINT: `http://127.0.0.1:${s3Port}`, MEDIA_S3_ACCESS_KEY_ID: "S3RVER", MEDIA_S3_SECRET_ACCESS_KEY: "S3RVER", MEDIA_DIR: join(dir, "never-used") });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "crestwood-s3-import-"));
  s3 = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: join(dir, "s3"), configureBuckets: [{ name: "blog-media" }] });
  s3Port = (await s3.run()).port;
  const photo = await phoneJpeg(800, 600, 1);
  images = createServer((request, response) => {
    if (request.url === "/img/s1600/foto.jpg") return response.writeHead(200, { "content-type": "image/jpeg" }).end(photo);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => images.listen(0, "127.0.0.1", resolve));
  port = (images.address() as AddressInfo).port;
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb.cleanup();
  await s3.close();
  await new Promise((resolve) => images.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe("an import's images in S3 media storage", () => {
  it("downloads into the bucket, and a backup and restore carry them", { timeout: 90_000 }, async () => {
    const live = storageAt("live");
    expect(live).toBeInstanceOf(S3MediaStorage);
    const file = join(dir, "export.xml");
    const html = `<div class="separator" style="clear: both; text-align: center;"><a href="http://1.bp.blogspot.com:${port}/img/s1600/foto.jpg"><img src="http://1.bp.blogspot.com:${port}/img/s320/foto.jpg" width="320"></a></div>`;
    await writeFile(
      file,
      `<feed xmlns='http://www.w3.org/2005/Atom'><entry><id>tag:blogger.com,1999:blog-1.post-1</id><published>2010-01-01T00:00:00Z</published><updated>2010-01-01T00:00:00Z</updated><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/><title>Foto</title><content type='html'>${html.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</content><link rel='alternate' href='http://x.blogspot.com/2010/01/foto.html'/></entry></feed>`,
    );
    const { report } = await importExport(testDb.db, await openExportSource(file), {
      storage: live,
      images: { storage: live, maxBytes: 5_000_000, timeoutMs: 5_000, allowPrivateAddresses: true, resolve: async () => "127.0.0.1" },
    });
    expect(report.images).toEqual({ downloaded: 1, failed: 0 });
    const [media] = await testDb.db.media.findMany();
    const names = parseVariants(media!.variants).map((variant) => variant.name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(await live.exists(name)).toBe(true);
    await expect(readdir(join(dir, "never-used"))).rejects.toThrow(/ENOENT/);
    expect((await callerFor(testDb.db).post.bySlug({ slug: "foto" })).bodyHtml).toContain(`/media/${names.at(-1)!.split("-")[0]}`);

    if (testProvider() !== "sqlite") return; // PostgreSQL blogs are backed up with pg_dump (backup.integration.test.ts)
    const manifest = await createBackup(testDb.db, join(dir, "backup"), live, { databaseUrl: testDb.url });
    expect(manifest.media).toEqual({ files: names.length, missing: [] });
    const restoredMedia = storageAt("restored");
    const restoredFile = join(dir, "restored.db");
    await restoreBackup(join(dir, "backup"), restoredMedia, { databaseUrl: `file:${restoredFile}` });
    for (const name of names) expect(await restoredMedia.get(name)).toEqual(await live.get(name));
    const restored = createDb(`file:${restoredFile}`);
    try {
      expect(await restored.media.count()).toBe(1);
    } finally {
      await restored.$disconnect();
    }
  });
});
