import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { hashToken } from "../auth/session";
import { SIGN_IN_THROTTLE } from "../auth/sign-in-throttle";
import { signIn } from "../services/accounts";
import { createSetupToken, SETUP_LINK_LIFETIME_MS } from "../services/setup-link";
import { TEST_PASSWORD, callerAs, callerFor, makeBlog, makeUser, recordingCookieJar, unique } from "../../test/factories";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db);
});
afterAll(() => testDb.cleanup());

describe("auth.setup", () => {
  it("refuses without the setup link, then makes the owner once with it, signs them in, and every link dies", async () => {
    const cookies = recordingCookieJar();
    const anonymous = callerFor(testDb.db, { cookies });
    expect((await anonymous.auth.status()).setupNeeded).toBe(true);
    const fields = { email: " Owner@Example.org ", name: "Ägaren", password: "a long enough password" };

    // The first visitor without the link (or with a made-up one) claims nothing.
    await expect(anonymous.auth.setup({ ...fields, setupToken: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(anonymous.auth.setup({ ...fields, setupToken: "made-up" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const expired = await createSetupToken(testDb.db, new Date(Date.now() - SETUP_LINK_LIFETIME_MS - 1000));
    expect(await anonymous.auth.setupLinkValid({ token: expired.token })).toEqual({ valid: false });
    await expect(anonymous.auth.setup({ ...fields, setupToken: expired.token })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb.db.user.count({ where: { role: "owner" } })).toBe(0);

    const { token } = await createSetupToken(testDb.db);
    const other = await createSetupToken(testDb.db);
    expect(await anonymous.auth.setupLinkValid({ token })).toEqual({ valid: true });
    const owner = await anonymous.auth.setup({ ...fields, setupToken: token });
    expect(owner).toMatchObject({ email: "owner@example.org", name: "Ägaren", role: "owner" });
    expect(cookies.token).toBeTruthy();

    const stored = await testDb.db.user.findUniqueOrThrow({ where: { id: owner.id } });
    // argon2id at OWASP's minimum parameters, never the password itself.
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const signedIn = callerFor(testDb.db, { sessionToken: cookies.token });
    expect(await signedIn.auth.status()).toEqual({ setupNeeded: false, user: { id: owner.id, email: "owner@example.org", name: "Ägaren", role: "owner" } });

    // Neither link works again, and no new one can be made.
    expect(await testDb.db.setupToken.count()).toBe(0);
    expect(await anonymous.auth.setupLinkValid({ token: other.token })).toEqual({ valid: false });
    await expect(callerFor(testDb.db).auth.setup({ email: "x@example.org", name: "X", password: "another long password", setupToken: other.token })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(createSetupToken(testDb.db)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a short password and a bad email with field errors", async () => {
    await expect(callerFor(testDb.db).auth.setup({ email: "nope", name: "", password: "short", setupToken: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
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

describe("sign-in throttling under attack", () => {
  it("counts attempts atomically: 40 guesses at once (a tRPC batch) get 5 answers and 35 × TOO_MANY_REQUESTS", async () => {
    const user = await makeUser(testDb.db);
    const api = callerFor(testDb.db, { clientIp: "203.0.113.40" });
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => api.auth.signIn({ email: user.email, password: `guess ${i}` })));
    const codes = results.map((result) => (result.status === "rejected" ? (result.reason as { code: string }).code : "OK"));
    expect(codes.filter((code) => code === "UNAUTHORIZED")).toHaveLength(SIGN_IN_THROTTLE.maxPerAccountAndAddress);
    expect(codes.filter((code) => code === "TOO_MANY_REQUESTS")).toHaveLength(40 - SIGN_IN_THROTTLE.maxPerAccountAndAddress);
  });

  it("one address guessing many accounts is stopped by its own limit", async () => {
    const api = callerFor(testDb.db, { clientIp: "203.0.113.41" });
    const codes: string[] = [];
    for (let i = 0; i < SIGN_IN_THROTTLE.maxPerAddress + 3; i++) {
      codes.push(await api.auth.signIn({ email: `${unique("victim")}@example.org`, password: "guess" }).then(() => "OK", (e: { code: string }) => e.code));
    }
    expect(codes.slice(0, SIGN_IN_THROTTLE.maxPerAddress).every((code) => code === "UNAUTHORIZED")).toBe(true);
    expect(codes.slice(SIGN_IN_THROTTLE.maxPerAddress)).toEqual(["TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"]);
  });

  it("strangers guessing from 50 addresses protect the account, but cannot lock its owner out", async () => {
    const owner = await makeUser(testDb.db, { role: "owner" });
    // The owner signed in before, from home, in this browser.
    const home = "198.51.100.60";
    const browser = recordingCookieJar();
    await callerFor(testDb.db, { clientIp: home, cookies: browser }).auth.signIn({ email: owner.email, password: TEST_PASSWORD });
    expect(browser.deviceToken).toBeTruthy();

    const codes: string[] = [];
    for (let i = 0; i < 50; i++) {
      const stranger = callerFor(testDb.db, { clientIp: `203.0.113.${100 + i}` });
      codes.push(await stranger.auth.signIn({ email: owner.email, password: `guess ${i}` }).then(() => "OK", (e: { code: string }) => e.code));
    }
    expect(codes.filter((code) => code === "UNAUTHORIZED")).toHaveLength(SIGN_IN_THROTTLE.maxPerAccount);
    expect(codes.filter((code) => code === "TOO_MANY_REQUESTS")).toHaveLength(50 - SIGN_IN_THROTTLE.maxPerAccount);

    // The right password from a new address and a new browser: protected (it could be a guesser with luck).
    const newcomer = await callerFor(testDb.db, { clientIp: "192.0.2.77" }).auth.signIn({ email: owner.email, password: TEST_PASSWORD }).catch((e: unknown) => e);
    expect(newcomer).toMatchObject({ code: "TOO_MANY_REQUESTS", message: expect.stringMatching(/protected/) });
    // The owner's own browser, from a café: in (and its cookie is renewed).
    const cafe = recordingCookieJar();
    const cafeCaller = callerFor(testDb.db, { clientIp: "192.0.2.78", deviceToken: browser.deviceToken, cookies: cafe });
    await expect(cafeCaller.auth.signIn({ email: owner.email, password: TEST_PASSWORD })).resolves.toMatchObject({ id: owner.id });
    // Another browser at home (a known address): in.
    await expect(callerFor(testDb.db, { clientIp: home }).auth.signIn({ email: owner.email, password: TEST_PASSWORD })).resolves.toMatchObject({ id: owner.id });
    // The known browser's mistakes meet its own limit, not the protection.
    const device = callerFor(testDb.db, { clientIp: "192.0.2.79", deviceToken: cafe.deviceToken });
    await expect(device.auth.signIn({ email: owner.email, password: "wrong" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    // A copy of the cookie from before it was renewed counts for nothing.
    const copied = callerFor(testDb.db, { clientIp: "192.0.2.80", deviceToken: browser.deviceToken });
    await expect(copied.auth.signIn({ email: owner.email, password: TEST_PASSWORD })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("a device cookie counts only for the account that signed in with it", async () => {
    const alice = await makeUser(testDb.db);
    const mallory = await makeUser(testDb.db);
    const jar = recordingCookieJar();
    await callerFor(testDb.db, { clientIp: "198.51.100.61", cookies: jar }).auth.signIn({ email: mallory.email, password: TEST_PASSWORD });
    for (let i = 0; i < SIGN_IN_THROTTLE.maxPerAccount; i++) {
      await callerFor(testDb.db, { clientIp: `203.0.113.${i}` }).auth.signIn({ email: alice.email, password: "guess" }).catch(() => undefined);
    }
    const withMalloryCookie = callerFor(testDb.db, { clientIp: "198.51.100.62", deviceToken: jar.deviceToken });
    await expect(withMalloryCookie.auth.signIn({ email: alice.email, password: "guess" })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
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

  it("a session used every day still ends at its absolute lifetime", async () => {
    const user = await makeUser(testDb.db);
    const { createSession, findSession, SESSION_MAX_AGE_MS } = await import("../auth/session");
    const day = 24 * 60 * 60 * 1000;
    const start = new Date(Date.now() - SESSION_MAX_AGE_MS + 2 * day);
    const { token, expiresAt } = await createSession(testDb.db, user.id, start);
    expect(expiresAt.getTime()).toBeLessThanOrEqual(start.getTime() + SESSION_MAX_AGE_MS);
    // Used daily: the sliding expiry never passes the absolute one.
    for (let at = start.getTime(); at < start.getTime() + SESSION_MAX_AGE_MS - day; at += 10 * day) {
      expect(await findSession(testDb.db, token, new Date(at))).not.toBeNull();
    }
    const row = await testDb.db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.expiresAt.getTime()).toBeLessThanOrEqual(start.getTime() + SESSION_MAX_AGE_MS);
    expect(await findSession(testDb.db, token, new Date(start.getTime() + SESSION_MAX_AGE_MS))).toBeNull();
    expect(await testDb.db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});
