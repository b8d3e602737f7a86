import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProvider, type TestDb } from "@crestwood/db/testing";
import { runCli, runCliInProcess, SPAWNS_TIMEOUT } from "../../test/run-cli";

const FIXTURES = join(import.meta.dirname, "../../../api/test/fixtures/blogger");

let testDb: TestDb;
let dir: string;
beforeAll(async () => {
  testDb = await createTestDb();
  dir = await mkdtemp(join(tmpdir(), "crestwood-cli-import-"));
});
afterAll(async () => {
  await testDb.cleanup();
  await rm(dir, { recursive: true, force: true });
});

// In the test's process (no Node start-up per call); one case spawns the real command.
const crestwood = (args: string[]) => runCliInProcess(testDb.url, args);

describe("crestwood import blogger, export, backup", () => {
  it("imports a Takeout folder with a report, again without changes, and exports and backs it up", async () => {
    const dry = await crestwood(["import", "blogger", join(FIXTURES, "takeout"), "--dry-run", "--no-progress"]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/posts +6 in the file, 4 would import, 2 skipped/);
    expect(await testDb.db.post.count()).toBe(0);

    const first = await crestwood(["import", "blogger", join(FIXTURES, "takeout"), "--no-progress", "--report", join(dir, "report.json")]);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(/Google Takeout feed\.atom/);
    expect(first.stdout).toMatch(/comments +4 in the file, 3 imported, 1 skipped/);
    expect(first.stdout).toMatch(/Trashed on Blogger: not imported/);
    expect(JSON.parse(await readFile(join(dir, "report.json"), "utf8"))).toMatchObject({ format: "takeout", counts: { posts: { imported: 4 } } });

    const second = await crestwood(["import", "blogger", join(FIXTURES, "takeout"), "--no-progress"]);
    expect(second.stdout).toMatch(/posts +6 in the file, 0 imported, 4 already imported earlier, 2 skipped/);

    const exported = await crestwood(["export", join(dir, "blog.xml"), "--url", "https://blog.example.org"]);
    expect(exported).toMatchObject({ code: 0 });
    expect(exported.stderr).toMatch(/4 posts, 1 pages, 3 comments/);
    const xml = await readFile(join(dir, "blog.xml"), "utf8");
    expect(xml).toContain("<link rel='alternate' type='text/html' href='https://blog.example.org/2012/02/%C3%B6ppna-data.html'");

    const backup = await crestwood(["backup", join(dir, "backup")]);
    if (testProvider() === "postgresql") {
      expect(backup.stderr).toMatch(/pg_dump/);
      return;
    }
    expect(backup).toMatchObject({ code: 0 });
    expect((await crestwood(["backup", join(dir, "backup")])).stderr).toMatch(/is not empty/);
    expect((await crestwood(["restore", join(dir, "backup")])).stderr).toMatch(/--yes/);
  }, 120_000);

  it("names the line of a broken file and writes nothing", async () => {
    const before = await testDb.db.post.count();
    const file = join(dir, "broken.xml");
    await writeFile(file, "<feed xmlns='http://www.w3.org/2005/Atom'>\n<entry><title>x</entry></feed>");
    const result = runCli(testDb.url, ["import", "blogger", file, "--no-progress"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error: The file is not well-formed XML at line 2/);
    expect((await crestwood(["import", "blogger", join(dir, "missing.xml")])).stderr).toMatch(/No file or folder at/);
    expect(await testDb.db.post.count()).toBe(before);
  }, SPAWNS_TIMEOUT);
});
