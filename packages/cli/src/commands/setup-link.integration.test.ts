import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { runCliInProcess } from "../../test/run-cli";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.cleanup());

const crestwood = (args: string[]) => runCliInProcess(testDb.url, args);

describe("crestwood setup-link", () => {
  it("prints a one-time link on a blog without an owner, storing only the token's hash", async () => {
    const result = await crestwood(["setup-link"]);
    expect(result.code).toBe(0);
    const link = /(http:\/\/localhost:\d+\/admin\/setup\?token=([A-Za-z0-9_-]{43}))/.exec(result.stdout);
    expect(link, result.stdout).not.toBeNull();
    const rows = await testDb.db.setupToken.findMany();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(link?.[2]);
  });

  it("refuses once the blog has an owner; --if-needed then prints nothing and succeeds", async () => {
    await testDb.db.user.create({ data: { email: "owner@example.org", name: "Owner", role: "owner" } });
    const refused = await crestwood(["setup-link"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already has an owner/);
    expect(await crestwood(["setup-link", "--if-needed"])).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});
