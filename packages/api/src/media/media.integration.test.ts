import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { SESSION_COOKIE } from "../auth/session-cookie";
import { createSession } from "../auth/session";
import { createCaller, createTRPCContext } from "../index";
import { callerFor, makeBlog, makePost, makeUser, unique } from "../../test/factories";
import { phoneJpeg, photo, pngBomb } from "../../test/images";
import { handleMediaFile, handleMediaUpload } from "./http";
import { FolderMediaStorage } from "./storage";

let testDb: TestDb;
let mediaDir: string;
let storage: FolderMediaStorage;
let ownerToken: string;
let authorToken: string;
const MAX = 20 * 1024 * 1024;

beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db);
  mediaDir = mkdtempSync(join(tmpdir(), "crestwood-media-"));
  storage = new FolderMediaStorage(mediaDir);
  ownerToken = (await createSession(testDb.db, (await makeUser(testDb.db, { role: "owner" })).id)).token;
  authorToken = (await createSession(testDb.db, (await makeUser(testDb.db)).id)).token;
});
afterAll(async () => {
  await testDb.cleanup();
  rmSync(mediaDir, { recursive: true, force: true });
});

function upload(bytes: Buffer, options: { name?: string; token?: string | null; alt?: string; maxBytes?: number; headers?: Record<string, string> } = {}) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], options.name ?? "photo.jpg"));
  if (options.alt !== undefined) form.set("alt", options.alt);
  const token = options.token === undefined ? authorToken : options.token;
  const request = new Request("http://blog.test/api/media", {
    method: "POST",
    body: form,
    headers: { ...(token ? { cookie: `${SESSION_COOKIE}=${token}` } : {}), ...options.headers },
  });
  return handleMediaUpload(request, { db: testDb.db, storage, maxBytes: options.maxBytes ?? MAX });
}

function callerWith(token: string) {
  return createCaller(createTRPCContext({ db: testDb.db, headers: new Headers({ cookie: `${SESSION_COOKIE}=${token}` }), mediaStorage: storage }));
}

const storedFiles = () => readdirSync(mediaDir);

describe("POST /api/media refusals leave nothing behind", () => {
  let filesBefore: string[];
  let rowsBefore: number;
  beforeEach(async () => {
    filesBefore = storedFiles();
    rowsBefore = await testDb.db.media.count();
  });
  async function expectRefused(response: Response, status: number, message: RegExp) {
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message);
    expect(storedFiles()).toEqual(filesBefore);
    expect(await testDb.db.media.count()).toBe(rowsBefore);
  }

  it("refuses anonymous callers with 401", async () => {
    await expectRefused(await upload(await photo(40, 30).jpeg().toBuffer(), { token: null }), 401, /sign in/i);
  });

  it("refuses a junk API token with 401 and the reason, not a 500", async () => {
    await expectRefused(await upload(await photo(40, 30).jpeg().toBuffer(), { token: null, headers: { authorization: "Bearer junk" } }), 401, /not valid/i);
  });

  it("refuses SVG with 415, whatever its name says", async () => {
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expectRefused(await upload(svg, { name: "innocent.png" }), 415, /SVG/);
  });

  it("refuses other files (a PDF named .jpg) with 415", async () => {
    await expectRefused(await upload(Buffer.from("%PDF-1.4 not an image"), { name: "x.jpg" }), 415, /JPEG, PNG, WebP, GIF or AVIF/);
  });

  it("refuses a decompression bomb (30000×30000 px) with 413 before decoding it", async () => {
    const bomb = await pngBomb();
    expect(bomb.length).toBeLessThan(10_000);
    await expectRefused(await upload(bomb, { name: "bomb.png" }), 413, /30000×30000 pixels/);
  });

  it("refuses a corrupt file (a JPEG cut in half) with 400", async () => {
    const jpeg = await photo(400, 300).jpeg().toBuffer();
    await expectRefused(await upload(jpeg.subarray(0, jpeg.length / 2)), 400, /could not be read as an image/);
  });

  it("refuses garbage behind a PNG signature with 400", async () => {
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);
    await expectRefused(await upload(bytes, { name: "x.png" }), 400, /could not be read/);
  });

  it("refuses a file over the size limit with 413, by its size and by the request's", async () => {
    const jpeg = await photo(200, 200).jpeg().toBuffer();
    await expectRefused(await upload(jpeg, { maxBytes: 1024 }), 413, /larger than the 0 MB accepted|accepted/);
    const big = Buffer.alloc(200_000, 1);
    await expectRefused(await upload(big, { maxBytes: 100_000 }), 413, /accepted/);
  });

  it("refuses a request without a file with 400", async () => {
    const request = new Request("http://blog.test/api/media", { method: "POST", body: new FormData(), headers: { cookie: `${SESSION_COOKIE}=${authorToken}` } });
    const response = await handleMediaUpload(request, { db: testDb.db, storage, maxBytes: MAX });
    await expectRefused(response, 400, /file/);
  });
});

describe("POST /api/media stores variants", () => {
  it("turns a phone photo upright, strips its EXIF (GPS), makes WebP and JPEG at each width, never enlarging", async () => {
    // Stored sideways: 3000×2000 with orientation 6 is a 2000×3000 portrait.
    const original = await phoneJpeg(3000, 2000);
    const originalMeta = await sharp(original).metadata();
    expect(originalMeta.exif?.toString("latin1")).toContain("Crestwood Phone");
    expect(originalMeta.orientation).toBe(6);

    const response = await upload(original, { name: "IMG_0001.JPG", alt: "A birch in the snow" });
    expect(response.status).toBe(201);
    const media = (await response.json()) as { id: string; hash: string; width: number; height: number; alt: string; url: string; variants: { name: string; width: number; height: number; format: string }[] };
    expect(media).toMatchObject({ width: 2000, height: 3000, alt: "A birch in the snow" });
    expect(media.url).toBe(`/media/${media.hash}-1200.jpg`);
    expect(media.variants.map((v) => `${v.width}.${v.format}`).sort()).toEqual(
      ["480.webp", "480.jpeg", "800.webp", "800.jpeg", "1200.webp", "1200.jpeg", "1600.webp", "1600.jpeg", "2000.webp", "2000.jpeg"].sort(),
    );
    for (const variant of media.variants) {
      const data = await storage.get(variant.name);
      expect(data, variant.name).not.toBeNull();
      const meta = await sharp(data!).metadata();
      expect(meta.format).toBe(variant.format);
      expect(meta.exif, `${variant.name} has no EXIF`).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      // Upright: portrait, as the phone showed it.
      expect(meta.height).toBeGreaterThan(meta.width!);
      expect(meta.width).toBe(variant.width);
      expect(data!.includes(Buffer.from("Crestwood Phone"))).toBe(false);
    }
    const row = await testDb.db.media.findUniqueOrThrow({ where: { id: media.id } });
    expect(row).toMatchObject({ fileName: "IMG_0001.JPG", mime: "image/jpeg", bytes: original.length });
  });

  it("gives the same row for the same file uploaded twice", async () => {
    const bytes = await photo(300, 200, 11).png().toBuffer();
    const first = await upload(bytes, { name: "a.png" });
    const second = await upload(bytes, { name: "b.png", token: ownerToken });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    const [a, b] = (await Promise.all([first.json(), second.json()])) as { id: string; hash: string }[];
    expect(b!.id).toBe(a!.id);
    expect(await testDb.db.media.count({ where: { hash: a!.hash } })).toBe(1);
  });

  it("keeps PNG (with transparency) as PNG, GIF as its first frame in PNG, WebP and AVIF photos as JPEG", async () => {
    const transparent = await sharp({ create: { width: 64, height: 48, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } }).webp().toBuffer();
    const gif = await photo(50, 40, 3).gif().toBuffer();
    const webp = await photo(900, 600, 4).webp().toBuffer();
    const avif = await photo(64, 64, 5).avif({ effort: 0 }).toBuffer();
    const formats = async (bytes: Buffer) => {
      const response = await upload(bytes, { name: "x" });
      expect(response.status).toBe(201);
      const media = (await response.json()) as { mime: string; variants: { width: number; format: string }[] };
      return { mime: media.mime, variants: media.variants.map((v) => `${v.width}.${v.format}`).sort() };
    };
    expect(await formats(transparent)).toEqual({ mime: "image/webp", variants: ["64.png", "64.webp"] });
    expect(await formats(gif)).toEqual({ mime: "image/gif", variants: ["50.png", "50.webp"] });
    expect(await formats(webp)).toEqual({ mime: "image/webp", variants: ["480.jpeg", "480.webp", "800.jpeg", "800.webp", "900.jpeg", "900.webp"] });
    expect(await formats(avif)).toEqual({ mime: "image/avif", variants: ["64.jpeg", "64.webp"] });
  });
});

describe("GET /media/<name>", () => {
  let name: string;
  beforeAll(async () => {
    const response = await upload(await photo(120, 80, 21).jpeg().toBuffer());
    name = ((await response.json()) as { variants: { name: string; format: string }[] }).variants.find((v) => v.format === "webp")!.name;
  });
  const get = (path: string, headers: Record<string, string> = {}) => handleMediaFile(new Request(`http://blog.test/media/${path}`, { headers }), path, storage);

  it("answers with the type, immutable caching and the hash as ETag", async () => {
    const response = await get(name);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("etag")).toBe(`"${name.replace(".webp", "")}"`);
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).format).toBe("webp");
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const etag = (await get(name)).headers.get("etag")!;
    const response = await get(name, { "if-none-match": etag });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
  });

  it("answers 404 for a missing file and for anything that is not a media name", async () => {
    expect((await get(`${"0".repeat(64)}-480.webp`)).status).toBe(404);
    for (const path of ["../crestwood.db", "..%2Fcrestwood.db", `${name}/../x`, ".upload-x.tmp"]) expect((await get(path)).status, path).toBe(404);
  });
});

describe("reader pages and the media library", () => {
  async function uploaded(alt: string, seed: number, name = "photo.jpg") {
    const response = await upload(await photo(1000, 500, seed).jpeg().toBuffer(), { alt, name });
    return (await response.json()) as { id: string; hash: string; url: string };
  }

  it("expands a post's image into <picture> with srcset, size, alt and lazy loading; featured image for previews", async () => {
    const media = await uploaded("Two boats", 31);
    const slug = unique("bildinlagg");
    const post = await makePost(testDb.db, { slug, bodyHtml: `<p>Intro</p><figure><img src="${media.url}" alt=""><figcaption>Boats</figcaption></figure><p><img src="${media.url}" alt="Again"></p>` });
    await callerWith(ownerToken).admin.media.setFeatured({ postId: post.id, mediaId: media.id });

    const reader = await callerFor(testDb.db).post.bySlug({ slug });
    expect(reader.bodyHtml).toContain(`<picture><source type="image/webp" srcset="/media/${media.hash}-480.webp 480w, /media/${media.hash}-800.webp 800w, /media/${media.hash}-1000.webp 1000w"`);
    expect(reader.bodyHtml).toContain(`src="/media/${media.hash}-1000.jpg" srcset="/media/${media.hash}-480.jpg 480w,`);
    expect(reader.bodyHtml).toContain('width="1000" height="500" alt="Two boats" decoding="async" /></picture><figcaption>Boats</figcaption>');
    expect(reader.bodyHtml).toContain('alt="Again" loading="lazy" decoding="async"');
    expect(reader.featuredImage).toEqual({ url: `/media/${media.hash}-1000.jpg`, width: 1000, height: 500, alt: "Two boats", type: "image/jpeg" });
  });

  it("lists newest first, searches file names and alt text, updates alt text", async () => {
    const marker = unique("fjord");
    const older = await uploaded(`${marker} at noon`, 41);
    const newer = await uploaded("Something else", 42, `${marker}.jpg`);
    const owner = callerWith(ownerToken);
    const found = await owner.admin.media.list({ query: marker });
    expect(found.items.map((item) => item.id)).toEqual([newer.id, older.id]);

    const updated = await owner.admin.media.update({ id: older.id, alt: "  A new description  ", caption: "Photo: me" });
    expect(updated).toMatchObject({ alt: "A new description", caption: "Photo: me" });
    expect((await owner.admin.media.list({ query: marker })).items.map((item) => item.id)).toEqual([newer.id]);
  });

  it("only the uploader or the owner may change an image", async () => {
    const media = await uploaded("Mine", 51);
    const other = callerWith((await createSession(testDb.db, (await makeUser(testDb.db)).id)).token);
    await expect(other.admin.media.update({ id: media.id, alt: "Theirs" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(testDb.db).admin.media.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("says which posts use an image and deletes one in use only when forced, files and all", async () => {
    const media = await uploaded("Used", 61);
    const inBody = await makePost(testDb.db, { title: unique("Body user"), status: "draft", publishedAt: null, bodyHtml: `<p><img src="${media.url}" alt="x"></p>` });
    const featured = await makePost(testDb.db, { title: unique("Featured user") });
    const owner = callerWith(ownerToken);
    await owner.admin.media.setFeatured({ postId: featured.id, mediaId: media.id });

    const usage = await owner.admin.media.usage({ id: media.id });
    expect(usage.map((post) => [post.id, post.featured]).sort()).toEqual([[featured.id, true], [inBody.id, false]].sort());

    await expect(owner.admin.media.delete({ id: media.id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("2 posts") });
    expect(storedFiles().filter((file) => file.startsWith(media.hash))).toHaveLength(6);

    await owner.admin.media.delete({ id: media.id, force: true });
    expect(storedFiles().filter((file) => file.startsWith(media.hash))).toEqual([]);
    expect(await testDb.db.media.findUnique({ where: { id: media.id } })).toBeNull();
    expect((await testDb.db.post.findUniqueOrThrow({ where: { id: featured.id } })).featuredMediaId).toBeNull();
  });
});
