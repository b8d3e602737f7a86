import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { signIn } from "../../services/accounts";
import { TEST_PASSWORD, callerAs, callerWithToken, makeBlog, makeUser, unique } from "../../../test/factories";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db);
});
afterAll(() => testDb.cleanup());

describe("admin.user with an API token (escalation)", () => {
  it("refuses every account procedure to an owner-role token: a leaked token cannot leave an account behind", async () => {
    const owner = await makeUser(testDb.db, { role: "owner" });
    const { api } = await callerWithToken(testDb.db, owner, { role: "owner" });
    const email = `${unique("sleeper")}@example.org`;
    await expect(api.admin.user.create({ email, name: "Sleeper", password: TEST_PASSWORD, role: "owner" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/cannot manage accounts/),
    });
    await expect(api.admin.user.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.admin.user.setRole({ id: owner.id, role: "owner" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api.admin.user.delete({ id: owner.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb.db.user.count({ where: { email } })).toBe(0);
  });
});

describe("owners managing owners", () => {
  it("lets an owner remove another owner, whose sessions end, but never the last one or themselves", async () => {
    const first = await makeUser(testDb.db, { role: "owner" });
    const second = await makeUser(testDb.db, { role: "owner" });
    const api = await callerAs(testDb.db, first);
    const secondSession = await callerAs(testDb.db, second);

    await api.admin.user.delete({ id: second.id });
    expect((await secondSession.auth.status()).user).toBeNull();
    await expect(signIn({ db: testDb.db, clientIp: "192.0.2.1" }, { email: second.email, password: TEST_PASSWORD })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(api.admin.user.delete({ id: first.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps at least one owner when two remove each other at once", async () => {
    await testDb.db.user.updateMany({ where: { role: "owner" }, data: { role: "author" } });
    const a = await makeUser(testDb.db, { role: "owner" });
    const b = await makeUser(testDb.db, { role: "owner" });
    const [asA, asB] = await Promise.all([callerAs(testDb.db, a), callerAs(testDb.db, b)]);
    const results = await Promise.allSettled([asA.admin.user.delete({ id: b.id }), asB.admin.user.delete({ id: a.id })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await testDb.db.user.count({ where: { role: "owner" } })).toBe(1);
  });

  it("changes roles, but the last owner stays an owner", async () => {
    await testDb.db.user.updateMany({ where: { role: "owner" }, data: { role: "author" } });
    const owner = await makeUser(testDb.db, { role: "owner" });
    const author = await makeUser(testDb.db);
    const api = await callerAs(testDb.db, owner);
    await expect(api.admin.user.setRole({ id: owner.id, role: "author" })).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/last owner/) });
    await expect(api.admin.user.setRole({ id: author.id, role: "owner" })).resolves.toMatchObject({ role: "owner" });
    await expect(api.admin.user.setRole({ id: owner.id, role: "author" })).resolves.toMatchObject({ role: "author" });
  });
});
