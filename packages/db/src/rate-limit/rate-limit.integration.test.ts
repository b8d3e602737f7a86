import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { createDb, type Db } from "../client";
import { createTestDb, type TestDb } from "../../testing";
import { clearRateLimit, hitRateLimit, peekRateLimit, refundRateLimit } from "./rate-limit";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.cleanup());

const rule = (max = 5, windowMs = 60_000) => ({ key: `test:${randomUUID()}`, max, windowMs });

describe("hitRateLimit", () => {
  it("counts up to the limit, then refuses with the seconds left in the window", async () => {
    const r = rule(3);
    const now = 1_700_000_000_000;
    const hits = [];
    for (let i = 0; i < 5; i++) hits.push(await hitRateLimit(testDb.db, r, now + i * 1000));
    expect(hits.map((hit) => hit.allowed)).toEqual([true, true, true, false, false]);
    expect(hits[2]).toMatchObject({ count: 3, resetAt: now + 60_000 });
    expect(hits[4]).toMatchObject({ allowed: false, retryAfterSeconds: 56 });
  });

  it("starts a new window once the old one has ended", async () => {
    const r = rule(1, 10_000);
    const now = 1_700_000_000_000;
    expect((await hitRateLimit(testDb.db, r, now)).allowed).toBe(true);
    expect((await hitRateLimit(testDb.db, r, now + 9_999)).allowed).toBe(false);
    expect(await hitRateLimit(testDb.db, r, now + 10_000)).toMatchObject({ allowed: true, count: 1, resetAt: now + 20_000 });
  });

  it("holds under concurrency: 40 parallel hits on a limit of 5 let exactly 5 through", async () => {
    const r = rule(5);
    const results = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit(testDb.db, r)));
    expect(results.filter((hit) => hit.allowed)).toHaveLength(5);
  });

  it("holds across connections (two app instances on one database file)", async () => {
    const other: Db = createDb(testDb.url);
    try {
      const r = rule(10);
      const results = await Promise.all(Array.from({ length: 30 }, (_, i) => hitRateLimit(i % 2 ? other : testDb.db, r)));
      expect(results.filter((hit) => hit.allowed)).toHaveLength(10);
    } finally {
      await other.$disconnect();
    }
  });

  it("refunds and clears, and peeks without counting", async () => {
    const r = rule(2);
    await hitRateLimit(testDb.db, r);
    await hitRateLimit(testDb.db, r);
    expect((await peekRateLimit(testDb.db, r)).allowed).toBe(false);
    await refundRateLimit(testDb.db, r.key);
    expect(await peekRateLimit(testDb.db, r)).toMatchObject({ allowed: true, count: 1 });
    expect((await hitRateLimit(testDb.db, r)).allowed).toBe(true);
    await clearRateLimit(testDb.db, r.key);
    expect(await peekRateLimit(testDb.db, r)).toMatchObject({ allowed: true, count: 0 });
  });

  it("forgets ended windows as new ones begin", async () => {
    const old = rule(1, 1000);
    await hitRateLimit(testDb.db, old, 1_000);
    await hitRateLimit(testDb.db, rule(1), 1_700_000_000_000);
    const rows = await testDb.db.rateLimit.count({ where: { key: old.key } });
    expect(rows).toBe(0);
  });
});
