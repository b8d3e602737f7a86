import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "./client";
import { createTestDb, type TestDb } from "../testing";
import { databaseHealth, shippedMigrations } from "./health";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.cleanup());

describe("databaseHealth", () => {
  it("is ok on a migrated database, naming how many migrations it has", async () => {
    const health = await databaseHealth(testDb.db);
    expect(health).toEqual({ ok: true, reachable: true, pending: [], applied: shippedMigrations().length, problems: [] });
    expect(health.applied).toBeGreaterThan(3);
  });

  it("is not ok when this code ships a migration the database lacks", async () => {
    const health = await databaseHealth(testDb.db, { migrations: [...shippedMigrations(), "29991231235959_from_the_future"] });
    expect(health).toMatchObject({ ok: false, reachable: true, pending: ["29991231235959_from_the_future"] });
    expect(health.problems[0]).toMatch(/pnpm db:migrate/);
  });

  it("is not ok when the database cannot answer, without passing on the driver's message", async () => {
    const empty = createDb("file::memory:");
    try {
      const health = await databaseHealth(empty);
      expect(health).toMatchObject({ ok: false, reachable: false, problems: [expect.stringMatching(/did not answer/)] });
    } finally {
      await empty.$disconnect();
    }
  });
});
