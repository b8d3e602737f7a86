import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { SPAWNS_TIMEOUT, runCli } from "../test/run-cli";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.cleanup());

const crestwood = (args: string[], input = "") => runCli(testDb.url, args, input);

describe("crestwood user create", () => {
  it("makes the owner on a blog without one, then authors, with the password from stdin", async () => {
    const owner = crestwood(["user", "create", "--email", "Owner@Example.org", "--name", "Ägaren", "--password-stdin"], "owner password 123\n");
    expect(owner).toMatchObject({ code: 0, stderr: "" });
    expect(owner.stdout).toMatch(/^Created owner Ägaren <owner@example.org>/);
    const author = crestwood(["user", "create", "--email", "author@example.org", "--name", "Skribent", "--password-stdin"], "author password 123");
    expect(author.stdout).toMatch(/^Created author Skribent/);

    const users = await testDb.db.user.findMany({ orderBy: { email: "asc" }, select: { email: true, role: true, passwordHash: true } });
    expect(users.map(({ email, role }) => ({ email, role }))).toEqual([
      { email: "author@example.org", role: "author" },
      { email: "owner@example.org", role: "owner" },
    ]);
    // The trailing newline of `echo` is not part of the password.
    const { verify } = await import("@node-rs/argon2");
    expect(await verify(users[1]?.passwordHash ?? "", "owner password 123")).toBe(true);
  }, SPAWNS_TIMEOUT);

  it("explains bad arguments and exits non-zero without writing", async () => {
    const before = await testDb.db.user.count();
    const cases: [string[], string, RegExp][] = [
      [["user", "create", "--email", "x@example.org"], "", /required option '--name <name>'/],
      [["user", "create", "--email", "x@example.org", "--name", "X"], "", /--password-stdin/],
      [["user", "create", "--email", "x@example.org", "--name", "X", "--password-stdin"], "short", /at least 10 characters/],
      [["user", "create", "--email", "not-an-email", "--name", "X", "--password-stdin"], "long enough password", /email/i],
      [["user", "create", "--email", "x@example.org", "--name", "X", "--password-stdin", "--role", "boss"], "long enough password", /Allowed choices are owner, author/],
      [["frobnicate"], "", /unknown command 'frobnicate'/],
    ];
    for (const [args, input, message] of cases) {
      const result = crestwood(args, input);
      expect(result.code, args.join(" ")).not.toBe(0);
      expect(result.stderr).toMatch(message);
    }
    expect(await testDb.db.user.count()).toBe(before);
  }, SPAWNS_TIMEOUT);

  it("prints help for every command", () => {
    for (const args of [["--help"], ["user", "--help"], ["user", "create", "--help"]]) {
      const result = crestwood(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: crestwood/);
    }
  }, SPAWNS_TIMEOUT);
});
