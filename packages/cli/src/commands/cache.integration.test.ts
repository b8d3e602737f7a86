import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { openDatabaseWatch } from "@crestwood/db/watch";
import { SPAWNS_TIMEOUT, runCli } from "../../test/run-cli";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.cleanup());

describe("crestwood cache purge", () => {
  it("logs a change every server reads on its next request, from another process", async () => {
    const watch = openDatabaseWatch(testDb.url);
    try {
      await watch.refresh();
      expect(watch.readNewChanges()).toEqual([]);
      const result = runCli(testDb.url, ["cache", "purge"]);
      expect(result).toMatchObject({ code: 0, stderr: "" });
      expect(result.stdout).toMatch(/next request/);
      await watch.refresh();
      expect(watch.readNewChanges().map((row) => JSON.parse(row.change))).toEqual([{ type: "everything.changed", reason: "crestwood cache purge" }]);
    } finally {
      watch.close();
    }
  }, SPAWNS_TIMEOUT);
});
