import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { phoneJpeg } from "../../../test/images";
import { callerFor } from "../../../test/factories";
import { FolderMediaStorage } from "../../media/storage";
import { openExportSource } from "../blogger/source";
import { importExport } from "../importer";
import { fetchImage } from "./fetch-image";

let server: Server;
let port: number;
let dir: string;
const requests: string[] = [];
let big: Buffer;
let small: Buffer;

beforeAll(async () => {
  [big, small] = await Promise.all([phoneJpeg(1200, 900, 1), phoneJpeg(320, 240, 1)]);
  server = createServer((request, response) => {
    requests.push(request.url ?? "");
    if (request.url === "/img/s1600/photo.jpg") return response.writeHead(200, { "content-type": "image/jpeg" }).end(big);
    if (request.url === "/img/s320/photo.jpg") return response.writeHead(200, { "content-type": "image/jpeg" }).end(small);
    if (request.url === "/huge.jpg") return response.writeHead(200, { "content-type": "image/jpeg" }).end(Buffer.alloc(300_000));
    if (request.url === "/elsewhere.jpg") return response.writeHead(302, { location: `http://example.com:${port}/img/s1600/photo.jpg` }).end();
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  dir = await mkdtemp(join(tmpdir(), "crestwood-images-"));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

let testDb: TestDb;
beforeEach(async () => {
  testDb = await createTestDb();
  requests.length = 0;
});
afterEach(() => testDb.cleanup());

const PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

async function exportWith(html: string): Promise<string> {
  const file = join(dir, `export-${Math.random().toString(36).slice(2)}.xml`);
  const escaped = html.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  await writeFile(
    file,
    `<feed xmlns='http://www.w3.org/2005/Atom'><entry><id>tag:blogger.com,1999:blog-1.post-1</id><published>2010-01-01T00:00:00Z</published><updated>2010-01-01T00:00:00Z</updated><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/><title>Bilder</title><content type='html'>${escaped}</content><link rel='alternate' href='http://x.blogspot.com/2010/01/bilder.html'/></entry></feed>`,
  );
  return file;
}

const fetchLimits = { maxBytes: 200_000, timeoutMs: 5_000 };

describe("--images download", () => {
  it("copies Blogger's images once into the media library and points the post at the copies", { timeout: 60_000 }, async () => {
    const host = (name: string) => `http://${name}:${port}`;
    const file = await exportWith(
      `<a href="${host("1.bp.blogspot.com")}/img/s1600/photo.jpg"><img src="${host("1.bp.blogspot.com")}/img/s320/photo.jpg" width="320"></a>` +
        `<img src="${host("blogger.googleusercontent.com")}/img/s1600/photo.jpg">` +
        `<img src="${host("blogger.googleusercontent.com")}/missing.jpg">` +
        `<img src="${host("blogger.googleusercontent.com")}/huge.jpg">` +
        `<img src="${host("blogger.googleusercontent.com")}/elsewhere.jpg">` +
        `<img src="${host("example.com")}/img/s1600/photo.jpg">` +
        `<img src="data:image/png;base64,${PIXEL}" alt="prick">`,
    );
    const storage = new FolderMediaStorage(join(dir, "media"));
    const { report } = await importExport(testDb.db, await openExportSource(file), {
      images: { storage, ...fetchLimits, allowPrivateAddresses: true, resolve: async () => "127.0.0.1" },
    });
    // The full size for the linked thumbnail, the same bytes under another host (one media row), the data: image.
    expect(report.images).toEqual({ downloaded: 3, failed: 3 });
    expect(await testDb.db.media.count()).toBe(2);
    const failures = report.lines.filter((line) => line.code === "image-failed").map((line) => line.message);
    expect(failures.join("\n")).toMatch(/missing\.jpg: HTTP 404/);
    expect(failures.join("\n")).toMatch(/huge\.jpg: more than the 200000 bytes allowed|huge\.jpg: 300000 bytes/);
    expect(failures.join("\n")).toMatch(/elsewhere\.jpg: example\.com is not one of Blogger's image hosts/);
    // Never fetched: the thumbnail (its full size was used), the other host, the redirect target.
    expect(requests.sort()).toEqual(["/elsewhere.jpg", "/huge.jpg", "/img/s1600/photo.jpg", "/img/s1600/photo.jpg", "/missing.jpg"]);

    const post = await callerFor(testDb.db).post.bySlug({ slug: "bilder" });
    expect(post.bodyHtml).not.toContain("1.bp.blogspot.com");
    expect(post.bodyHtml).toMatch(/<a href="\/media\/[0-9a-f]{64}-\d+\.[a-z]+"><picture>/);
    expect(post.bodyHtml).toContain(`${host("blogger.googleusercontent.com")}/missing.jpg`);
    expect(post.bodyHtml).toContain(`${host("example.com")}/img/s1600/photo.jpg`);
    expect(post.bodyHtml).not.toContain("data:image");
  });

  it("refuses loopback and private addresses unless the test flag allows them", async () => {
    await expect(fetchImage(`http://1.bp.blogspot.com:${port}/img/s1600/photo.jpg`, { ...fetchLimits, resolve: async () => "127.0.0.1" })).rejects.toThrow(/127\.0\.0\.1, which is not a public address/);
    await expect(fetchImage(`http://1.bp.blogspot.com:${port}/x.jpg`, { ...fetchLimits, resolve: async () => "10.1.2.3" })).rejects.toThrow(/not a public address/);
    await expect(fetchImage(`http://169.254.169.254/latest/meta-data`, fetchLimits)).rejects.toThrow(/not one of Blogger's image hosts/);
    expect(requests).toEqual([]);
  });

  it("fetches nothing without the option", async () => {
    const file = await exportWith(`<img src="http://1.bp.blogspot.com:${port}/img/s1600/photo.jpg">`);
    await importExport(testDb.db, await openExportSource(file));
    expect(requests).toEqual([]);
    expect(await testDb.db.media.count()).toBe(0);
  });
});
