import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { copyMediaFiles } from "./copy-files";
import { FolderMediaStorage } from "./storage";

let testDb: TestDb;
let dirs: string[];
beforeAll(async () => {
  testDb = await createTestDb();
  dirs = [mkdtempSync(join(tmpdir(), "crestwood-from-")), mkdtempSync(join(tmpdir(), "crestwood-to-"))];
});
afterAll(async () => {
  await testDb.cleanup();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("copyMediaFiles", () => {
  it("copies every variant the rows name, reports files missing at the source, and checks the target", async () => {
    const [fromDir, toDir] = dirs as [string, string];
    const from = new FolderMediaStorage(fromDir);
    const hash = "b".repeat(64);
    const names = [`${hash}-480.webp`, `${hash}-480.jpg`, `${hash}-800.webp`];
    await from.put(names[0]!, Buffer.from("webp-480"));
    await from.put(names[1]!, Buffer.from("jpeg-480"));
    await testDb.db.media.create({
      data: { hash, fileName: "x.jpg", mime: "image/jpeg", width: 800, height: 600, bytes: 10, variants: JSON.stringify(names.map((name) => ({ name }))) },
    });
    const report = await copyMediaFiles(testDb.db, from, new FolderMediaStorage(toDir));
    expect(report).toEqual({ files: 2, bytes: 16, missingInSource: [names[2]], missingInTarget: [] });
    expect(readdirSync(toDir).sort()).toEqual([names[1], names[0]].sort());
  });
});
