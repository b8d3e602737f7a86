import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { hashToken } from "../../auth/session";
import { resolveCaller } from "../../auth/caller";
import { LAST_USED_INTERVAL_MS } from "../../auth/api-token";
import { createApiToken } from "../../services/api-tokens";
import { callerAs, callerFor, callerWithToken, makeBlog, makeUser, unique } from "../../../test/factories";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db);
});
afterAll(() => testDb.cleanup());

const bearer = (token: string) => new Headers({ authorization: `Bearer ${token}` });

describe("admin.token (managing API tokens)", () => {
  it("lets the owner create a token shown once, stored only as its sha256, listed without the secret", async () => {
    const owner = await makeUser(testDb.db, { role: "owner" });
    const api = await callerAs(testDb.db, owner);
    const name = unique("CI deploy");

    const { token, apiToken } = await api.admin.token.create({ name, role: "author", expiresInDays: 30 });
    expect(token).toMatch(/^cw_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ name, role: "author", lastUsedAt: null, revokedAt: null, user: { id: owner.id } });
    expect(apiToken.expiresAt!.getTime() - apiToken.createdAt.getTime()).toBe(30 * 24 * 60 * 60 * 1000);

    const stored = await testDb.db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const listed = (await api.admin.token.list()).find((row) => row.id === apiToken.id);
    expect(listed).toMatchObject({ name, role: "author", expiresAt: apiToken.expiresAt });
    expect(Object.keys(listed!)).not.toEqual(expect.arrayContaining(["token"]));
    expect(Object.keys(listed!)).not.toContain("tokenHash");
  });

  it("refuses anonymous callers (UNAUTHORIZED), authors (FORBIDDEN) and token callers (FORBIDDEN)", async () => {
    const owner = await makeUser(testDb.db, { role: "owner" });
    const author = await callerAs(testDb.db, await makeUser(testDb.db, { role: "author" }));
    const { api: ownerToken } = await callerWithToken(testDb.db, owner);
    await expect(callerFor(testDb.db).admin.token.create({ name: "x" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(author.admin.token.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(author.admin.token.create({ name: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(ownerToken.admin.token.create({ name: "x", role: "owner" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/cannot manage API tokens/),
    });
    await expect(ownerToken.admin.token.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers bad input with field errors and unknown ids with NOT_FOUND", async () => {
    const api = await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
    await expect(api.admin.token.create({ name: " ", expiresInDays: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.admin.token.revoke({ id: "no-such-token" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("calling with an API token", () => {
  it("acts as the token's account with the token's role", async () => {
    const owner = await makeUser(testDb.db, { role: "owner" });
    const { api: asOwner } = await callerWithToken(testDb.db, owner, { role: "owner" });
    const { api: asAuthor } = await callerWithToken(testDb.db, owner, { role: "author" });

    expect((await asOwner.auth.status()).user).toEqual({ id: owner.id, email: owner.email, name: owner.name, role: "owner" });
    await expect(asOwner.admin.blog.settings()).resolves.toBeTruthy();
    await expect(asAuthor.admin.blog.settings()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const post = await asAuthor.admin.post.create({ title: unique("Från ett skript"), bodyHtml: "<p>x</p>", status: "draft" });
    expect(post.authorId).toBe(owner.id);
  });

  it("never acts above its account: an author cannot get an owner token, a demoted owner's token acts as an author", async () => {
    const author = await makeUser(testDb.db, { role: "author" });
    await expect(createApiToken(testDb.db, author, { name: "x", role: "owner" })).rejects.toMatchObject({ code: "INVALID_INPUT", field: "role" });

    const owner = await makeUser(testDb.db, { role: "owner" });
    const { api } = await callerWithToken(testDb.db, owner, { role: "owner" });
    await testDb.db.user.update({ where: { id: owner.id }, data: { role: "author" } });
    expect((await api.auth.status()).user?.role).toBe("author");
    await expect(api.admin.blog.settings()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses unknown, revoked and expired tokens with UNAUTHORIZED and says which", async () => {
    const owner = await makeUser(testDb.db, { role: "owner" });
    const session = await callerAs(testDb.db, owner);
    const { api: revoked, apiToken } = await callerWithToken(testDb.db, owner);
    await session.admin.token.revoke({ id: apiToken.id });
    const { token: expiring } = await callerWithToken(testDb.db, owner, { expiresInDays: 1 });

    await expect(callerFor(testDb.db, { apiToken: "cw_not-a-real-token" }).admin.post.list({})).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      message: expect.stringMatching(/not valid/),
    });
    await expect(callerFor(testDb.db, { apiToken: "" }).admin.post.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(revoked.admin.post.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED", message: expect.stringMatching(/revoked/) });
    const inTwoDays = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
    await expect(resolveCaller(testDb.db, bearer(expiring), inTwoDays)).rejects.toMatchObject({ code: "UNAUTHORIZED", message: expect.stringMatching(/expired/) });
    // Revoking again keeps the first revocation time.
    const first = (await testDb.db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })).revokedAt;
    expect((await session.admin.token.revoke({ id: apiToken.id })).revokedAt).toEqual(first);
  });

  it("records when a token was last used, at most once a minute", async () => {
    const owner = await makeUser(testDb.db, { role: "owner" });
    const { token, apiToken } = await callerWithToken(testDb.db, owner);
    const lastUsed = async () => (await testDb.db.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })).lastUsedAt;
    const t0 = new Date("2030-01-01T12:00:00Z");

    await resolveCaller(testDb.db, bearer(token), t0);
    expect(await lastUsed()).toEqual(t0);
    await resolveCaller(testDb.db, bearer(token), new Date(t0.getTime() + LAST_USED_INTERVAL_MS - 1));
    expect(await lastUsed()).toEqual(t0);
    const later = new Date(t0.getTime() + LAST_USED_INTERVAL_MS + 1);
    await resolveCaller(testDb.db, bearer(token), later);
    expect(await lastUsed()).toEqual(later);
  });

  it("cannot sign out: the script is told to revoke the token", async () => {
    const owner = await makeUser(testDb.db, { role: "owner" });
    const session = await callerAs(testDb.db, owner);
    const { api } = await callerWithToken(testDb.db, owner);
    await expect(api.auth.signOut()).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/revoke/) });
    await expect(api.auth.signOutEverywhere()).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The owner's browser session survived.
    expect((await session.auth.status()).user?.id).toBe(owner.id);
  });

  it("is not needed for reading, and a bearer token wins over a session cookie", async () => {
    const owner = await makeUser(testDb.db, { role: "owner" });
    expect(await callerFor(testDb.db).post.list({})).toHaveProperty("posts");
    const { createSession } = await import("../../auth/session");
    const { token: sessionToken } = await createSession(testDb.db, owner.id);
    const caller = await resolveCaller(testDb.db, new Headers({ cookie: `crestwood_session=${sessionToken}`, authorization: "Bearer cw_wrong" })).catch((error: unknown) => error);
    expect(caller).toMatchObject({ code: "UNAUTHORIZED" });
  });
});
