import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { hashToken } from "../auth/session";
import { SIGN_IN_THROTTLE } from "../auth/sign-in-throttle";
import { signIn } from "../services/accounts";
import { TEST_PASSWORD, callerAs, callerFor, makeBlog, makeUser, recordingCookieJar, unique } from "../../test/factories";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db);
});
afterAll(() => testDb.cleanup());

describe("auth.setup", () => {
  it("makes the owner once, signs them in, and is refused afterwards", async () => {
    const cookies = recordingCookieJar();
    const anonymous = callerFor(testDb.db, { cookies });
    expect((await anonymous.auth.status()).setupNeeded).toBe(true);

    const owner = await anonymous.auth.setup({ email: " Owner@Example.org ", name: "Ägaren", password: "a long enough password" });
    expect(owner).toMatchObject({ email: "owner@example.org", name: "Ägaren", role: "owner" });
    expect(cookies.token).toBeTruthy();

    const stored = await testDb.db.user.findUniqueOrThrow({ where: { id: owner.id } });
    // argon2id at OWASP's minimum parameters, never the password itself.
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const signedIn = callerFor(testDb.db, { sessionToken: cookies.token });
    expect(await signedIn.auth.status()).toEqual({ setupNeeded: false, user: { id: owner.id, email: "owner@example.org", name: "Ägaren", role: "owner" } });

    await expect(callerFor(testDb.db).auth.setup({ email: "x@example.org", name: "X", password: "another long password" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses a short password and a bad email with field errors", async () => {
    await expect(callerFor(testDb.db).auth.setup({ email: "nope", name: "", password: "short" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("auth.signIn", () => {
  it("opens a new session whose token is stored only as a hash, replacing the one presented", async () => {
    const user = await makeUser(testDb.db);
    const first = recordingCookieJar();
    await callerFor(testDb.db, { cookies: first }).auth.signIn({ email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(first.token).toBeTruthy();
    const sessions = await testDb.db.session.findMany({ where: { userId: user.id } });
    expect(sessions.map((s) => s.tokenHash)).toEqual([hashToken(first.token ?? "")]);

    const second = recordingCookieJar();
    await callerFor(testDb.db, { sessionToken: first.token, cookies: second }).auth.signIn({ email: user.email, password: TEST_PASSWORD });
    expect(second.token).not.toBe(first.token);
    expect(await testDb.db.session.count({ where: { userId: user.id } })).toBe(1);
    expect((await callerFor(testDb.db, { sessionToken: first.token }).auth.status()).user).toBeNull();
    expect((await callerFor(testDb.db, { sessionToken: second.token }).auth.status()).user?.id).toBe(user.id);
  });

  it("answers UNAUTHORIZED with the same message for a wrong password and an unknown email", async () => {
    const user = await makeUser(testDb.db);
    const api = callerFor(testDb.db);
    const wrong = await api.auth.signIn({ email: user.email, password: "wrong password" }).catch((e: unknown) => e);
    const unknown = await api.auth.signIn({ email: `${unique("nobody")}@example.org`, password: "wrong password" }).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: "UNAUTHORIZED", message: "Wrong email or password." });
    expect(unknown).toMatchObject({ code: "UNAUTHORIZED", message: "Wrong email or password." });
  });

  it("refuses an account without a password (an imported author)", async () => {
    const user = await makeUser(testDb.db, { password: null });
    await expect(callerFor(testDb.db).auth.signIn({ email: user.email, password: "anything at all" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("throttles repeated failures with TOO_MANY_REQUESTS and a retry time, per account and address", async () => {
    const user = await makeUser(testDb.db);
    const api = callerFor(testDb.db, { clientIp: "198.51.100.7" });
    for (let i = 0; i < SIGN_IN_THROTTLE.maxPerAccountAndAddress; i++) {
      await expect(api.auth.signIn({ email: user.email, password: `wrong ${i}` })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    // Even the right password waits now: guessing gains nothing.
    const throttled = await api.auth.signIn({ email: user.email, password: TEST_PASSWORD }).catch((e: unknown) => e);
    expect(throttled).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    const retryAfter = (throttled as { cause?: { retryAfter?: number } }).cause?.retryAfter ?? 0;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_THROTTLE.windowSeconds);

    // The owner at another address is not locked out by someone else's guessing.
    await expect(callerFor(testDb.db, { clientIp: "198.51.100.8" }).auth.signIn({ email: user.email, password: TEST_PASSWORD })).resolves.toMatchObject({
      id: user.id,
    });
  });

  it("lets the same address in again once the window has passed", async () => {
    const user = await makeUser(testDb.db);
    const ctx = { db: testDb.db, clientIp: "198.51.100.9" };
    const start = new Date();
    for (let i = 0; i < SIGN_IN_THROTTLE.maxPerAccountAndAddress; i++) {
      await expect(signIn({ ...ctx, now: start }, { email: user.email, password: "wrong" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
    await expect(signIn({ ...ctx, now: start }, { email: user.email, password: TEST_PASSWORD })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    const later = new Date(start.getTime() + SIGN_IN_THROTTLE.windowSeconds * 1000 + 1000);
    await expect(signIn({ ...ctx, now: later }, { email: user.email, password: TEST_PASSWORD })).resolves.toMatchObject({ user: { id: user.id } });
  });
});

describe("auth.signOut and auth.signOutEverywhere", () => {
  it("signOut ends this session only and clears the cookie", async () => {
    const user = await makeUser(testDb.db);
    const { createSession } = await import("../auth/session");
    const here = await createSession(testDb.db, user.id);
    const there = await createSession(testDb.db, user.id);
    const cookies = recordingCookieJar();
    cookies.token = here.token;
    await callerFor(testDb.db, { sessionToken: here.token, cookies }).auth.signOut();
    expect(cookies.token).toBeNull();
    expect((await callerFor(testDb.db, { sessionToken: here.token }).auth.status()).user).toBeNull();
    expect((await callerFor(testDb.db, { sessionToken: there.token }).auth.status()).user?.id).toBe(user.id);
  });

  it("signOutEverywhere ends every session of the caller and no one else's", async () => {
    const user = await makeUser(testDb.db);
    const other = await makeUser(testDb.db);
    const api = await callerAs(testDb.db, user);
    await callerAs(testDb.db, user);
    await callerAs(testDb.db, other);
    await api.auth.signOutEverywhere();
    expect(await testDb.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await testDb.db.session.count({ where: { userId: other.id } })).toBe(1);
    await expect(callerFor(testDb.db).auth.signOutEverywhere()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("an expired session counts as signed out", async () => {
    const user = await makeUser(testDb.db);
    const { createSession, SESSION_LIFETIME_MS } = await import("../auth/session");
    const old = await createSession(testDb.db, user.id, new Date(Date.now() - SESSION_LIFETIME_MS - 1000));
    await expect(callerFor(testDb.db, { sessionToken: old.token }).admin.post.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
