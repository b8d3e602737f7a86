import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createTRPCContext } from "@crestwood/api";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { SPAWNS_TIMEOUT, runCli, runCliInProcess } from "../../test/run-cli";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.cleanup());

// One real run of the bin (the token on stdout is what a shell captures); the rest in process.
const crestwood = (args: string[]) => runCliInProcess(testDb.url, args);
const whoIs = (token: string) =>
  createCaller(createTRPCContext({ db: testDb.db, headers: new Headers({ authorization: `Bearer ${token}` }) })).auth.status();

describe("crestwood token", () => {
  it("creates a token for the only owner, lists it without the secret, and revokes it", async () => {
    expect(await crestwood(["token", "create", "--name", "CI"])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no owner yet/) });
    const owner = await testDb.db.user.create({ data: { email: "owner@example.org", name: "Ägaren", role: "owner" } });

    const created = runCli(testDb.url, ["token", "create", "--name", "CI deploy", "--role", "owner", "--expires-in-days", "30"]);
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^cw_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toMatch(/Created owner token "CI deploy" for Ägaren <owner@example.org>.*expires/);
    expect(created.stderr).toMatch(/shown only this once/);
    expect((await whoIs(secret)).user).toMatchObject({ id: owner.id, role: "owner" });

    const listed = await crestwood(["token", "list"]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/CI deploy\s+owner\s+owner@example.org.*active/);
    expect(listed.stdout).not.toContain(secret);

    const { id } = await testDb.db.apiToken.findFirstOrThrow({ where: { name: "CI deploy" } });
    expect(await crestwood(["token", "revoke", id])).toMatchObject({ code: 0, stdout: expect.stringMatching(/Revoked token "CI deploy"/) });
    expect((await crestwood(["token", "list"])).stdout).toMatch(/CI deploy.*revoked/);
    await expect(whoIs(secret)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  }, SPAWNS_TIMEOUT);

  it("explains bad arguments and exits non-zero without writing", async () => {
    await testDb.db.user.create({ data: { email: "author@example.org", name: "Skribent", role: "author" } });
    const before = await testDb.db.apiToken.count();
    const cases: [string[], RegExp][] = [
      [["token", "create"], /required option '--name <name>'/],
      [["token", "create", "--name", "X", "--role", "boss"], /Allowed choices are owner, author/],
      [["token", "create", "--name", "X", "--expires-in-days", "soon"], /whole number/],
      [["token", "create", "--name", "X", "--expires-in-days", "0"], /at least 1 day/],
      [["token", "create", "--name", "X", "--user", "nobody@example.org"], /no account with the email nobody@example.org/],
      [["token", "create", "--name", "X", "--user", "author@example.org", "--role", "owner"], /author's token cannot have the owner's role/],
      [["token", "revoke"], /missing required argument 'id'/],
      [["token", "revoke", "no-such-token"], /No API token with the id "no-such-token"/],
    ];
    for (const [args, message] of cases) {
      const result = await crestwood(args);
      expect(result.code, args.join(" ")).not.toBe(0);
      expect(result.stderr, args.join(" ")).toMatch(message);
    }
    expect(await testDb.db.apiToken.count()).toBe(before);

    await testDb.db.user.create({ data: { email: "second@example.org", name: "Andra ägaren", role: "owner" } });
    expect(await crestwood(["token", "create", "--name", "X"])).toMatchObject({ code: 1, stderr: expect.stringMatching(/several owners.*--user EMAIL/) });
    const forAuthor = await crestwood(["token", "create", "--name", "Author's script", "--user", "Author@Example.org"]);
    expect(forAuthor.code).toBe(0);
    expect((await whoIs(forAuthor.stdout.trim())).user).toMatchObject({ email: "author@example.org", role: "author" });
  }, SPAWNS_TIMEOUT);

  it("prints help for every token command", async () => {
    for (const args of [["token", "--help"], ["token", "create", "--help"], ["token", "list", "--help"], ["token", "revoke", "--help"]]) {
      const result = await crestwood(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: crestwood token/);
    }
  }, SPAWNS_TIMEOUT);
});
