import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { parseEnv } from "@crestwood/config";
import { SESSION_COOKIE } from "../auth/session-cookie";
import { createSession } from "../auth/session";
import { makeBlog, makeUser } from "../../test/factories";
import { photo } from "../../test/images";
import { handleMediaFile, handleMediaUpload } from "./http";
import { createMediaStorage, type MediaStorage } from "./storage";
import { S3MediaStorage } from "./s3-storage";

// Two instances of the blog share one bucket: an S3-protocol server (s3rver) started here, each
// instance with its own storage object configured the way the server's environment does it.
let server: S3rver;
let dir: string;
let testDb: TestDb;
let env: Record<string, string>;
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "crestwood-s3-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: dir, configureBuckets: [{ name: "blog-media" }] });
  const { port } = await server.run();
  env = {
    MEDIA_STORAGE: "s3://blog-media/instances/shared",
    MEDIA_S3_ENDPOINT: `http://127.0.0.1:${port}`,
    MEDIA_S3_ACCESS_KEY_ID: "S3RVER",
    MEDIA_S3_SECRET_ACCESS_KEY: "S3RVER",
  };
  testDb = await createTestDb();
  await makeBlog(testDb.db);
  token = (await createSession(testDb.db, (await makeUser(testDb.db)).id)).token;
});
afterAll(async () => {
  await testDb.cleanup();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const instance = (): MediaStorage => createMediaStorage(env);
const NAME = `${"a".repeat(64)}-480.webp`;

describe("S3 media storage", () => {
  it("is chosen by MEDIA_STORAGE and stores, reads, checks and deletes whole files", async () => {
    const storage = instance();
    expect(storage).toBeInstanceOf(S3MediaStorage);
    expect(parseEnv(env).MEDIA_STORAGE).toEqual({ kind: "s3", bucket: "blog-media", prefix: "instances/shared" });
    expect(await storage.get(NAME)).toBeNull();
    expect(await storage.exists(NAME)).toBe(false);
    await storage.put(NAME, Buffer.from("bytes"));
    expect(await storage.exists(NAME)).toBe(true);
    expect((await storage.get(NAME))?.toString()).toBe("bytes");
    await storage.delete(NAME);
    expect(await storage.exists(NAME)).toBe(false);
  });

  it("refuses names that are not media files (no path tricks into the bucket)", async () => {
    await expect(instance().put("../../etc/passwd", Buffer.from("x"))).rejects.toThrow(/Not a media file name/);
    await expect(instance().get("x/../y.webp")).rejects.toThrow(/Not a media file name/);
  });

  it("serves an image uploaded through instance A from instance B, with its caching headers", async () => {
    const [a, b] = [instance(), instance()];
    const form = new FormData();
    form.set("file", new File([new Uint8Array(await photo(900, 600).jpeg().toBuffer())], "fjäll.jpg"));
    form.set("alt", "Fjäll");
    const uploaded = await handleMediaUpload(
      new Request("http://a.test/api/media", { method: "POST", body: form, headers: { cookie: `${SESSION_COOKIE}=${token}` } }),
      { db: testDb.db, storage: a, maxBytes: 20 * 1024 * 1024 },
    );
    expect(uploaded.status).toBe(201);
    const media = (await uploaded.json()) as { variants: { name: string; bytes: number }[] };
    expect(media.variants.length).toBeGreaterThan(1);
    for (const variant of media.variants) {
      const served = await handleMediaFile(new Request(`http://b.test/media/${variant.name}`), variant.name, b);
      expect(served.status).toBe(200);
      expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect((await served.arrayBuffer()).byteLength).toBe(variant.bytes);
      const again = await handleMediaFile(new Request(`http://b.test/media/${variant.name}`, { headers: { "if-none-match": served.headers.get("etag") ?? "" } }), variant.name, b);
      expect(again.status).toBe(304);
    }
  });
});
