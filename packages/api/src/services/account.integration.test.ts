import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { deliverOutbox, linkIn, startTestSmtpServer, type TestSmtpServer } from "../../test/smtp-server";
import { TEST_PASSWORD, callerAs, callerFor, makeBlog, makeUser, unique } from "../../test/factories";
import { createSession } from "../auth/session";

let testDb: TestDb;
let smtp: TestSmtpServer;
beforeAll(async () => {
  [testDb, smtp] = await Promise.all([createTestDb(), startTestSmtpServer()]);
  await makeBlog(testDb.db, { language: "en" });
});
afterAll(async () => {
  await Promise.all([testDb.cleanup(), smtp.close()]);
});

describe("admin.account", () => {
  it("changes the password with the current one and signs out every other session", async () => {
    const user = await makeUser(testDb.db);
    const { token: here } = await createSession(testDb.db, user.id, new Date(), "Mozilla/5.0 (X11; Linux) Firefox/140");
    const { token: elsewhere } = await createSession(testDb.db, user.id, new Date(), "Safari on an iPhone");
    const api = callerFor(testDb.db, { sessionToken: here });

    const account = await api.admin.account.get();
    expect(account.sessions).toHaveLength(2);
    expect(account.sessions.filter((session) => session.current).map((session) => session.userAgent)).toEqual(["Mozilla/5.0 (X11; Linux) Firefox/140"]);

    await expect(api.admin.account.changePassword({ currentPassword: "wrong password", newPassword: "a new long password" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.admin.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "short" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.admin.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a new long password" })).resolves.toEqual({ otherSessionsEnded: 1 });

    await expect(api.admin.account.get()).resolves.toMatchObject({ id: user.id });
    await expect(callerFor(testDb.db, { sessionToken: elsewhere }).admin.account.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await deliverOutbox(testDb.db, smtp);
    expect(smtp.to(user.email).map((mail) => mail.subject)).toContain("Your password for Testblogg was changed");
  });

  it("ends one of one's own sessions, never someone else's", async () => {
    const user = await makeUser(testDb.db);
    const other = await makeUser(testDb.db);
    const api = await callerAs(testDb.db, user);
    await createSession(testDb.db, user.id);
    const { token: othersToken } = await createSession(testDb.db, other.id);
    const othersSession = (await callerFor(testDb.db, { sessionToken: othersToken }).admin.account.get()).sessions[0];
    await expect(api.admin.account.endSession({ id: othersSession?.id ?? "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mine = (await api.admin.account.get()).sessions.find((session) => !session.current);
    await api.admin.account.endSession({ id: mine?.id ?? "" });
    expect((await api.admin.account.get()).sessions).toHaveLength(1);
  });

  it("changes the e-mail address only after the link sent to it is clicked, and tells the old address", async () => {
    const user = await makeUser(testDb.db);
    const api = await callerAs(testDb.db, user);
    const newEmail = `${unique("new")}@example.org`;
    await expect(api.admin.account.changeEmail({ email: newEmail, currentPassword: "wrong" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.admin.account.changeEmail({ email: user.email, currentPassword: TEST_PASSWORD })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const taken = await makeUser(testDb.db);
    await expect(api.admin.account.changeEmail({ email: taken.email, currentPassword: TEST_PASSWORD })).rejects.toMatchObject({ code: "CONFLICT" });

    await expect(api.admin.account.changeEmail({ email: newEmail.toUpperCase(), currentPassword: TEST_PASSWORD })).resolves.toEqual({ pendingEmail: newEmail });
    expect(await api.admin.account.get()).toMatchObject({ email: user.email, pendingEmail: newEmail });
    await deliverOutbox(testDb.db, smtp);
    const token = new URL(linkIn(smtp.to(newEmail)[0], "http://localhost/admin/account/confirm-email?token=")).searchParams.get("token") ?? "";

    await expect(callerFor(testDb.db).auth.confirmEmail({ token })).resolves.toEqual({ email: newEmail });
    await expect(callerFor(testDb.db).auth.confirmEmail({ token })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await api.admin.account.get()).toMatchObject({ email: newEmail, pendingEmail: null });
    await deliverOutbox(testDb.db, smtp);
    expect(smtp.to(user.email).map((mail) => mail.text)).toEqual([expect.stringContaining(newEmail)]);
  });

  it("saves the profile readers see, and refuses an avatar that is not in the media library", async () => {
    const user = await makeUser(testDb.db, { name: "Kalle" });
    const api = await callerAs(testDb.db, user);
    await expect(
      api.admin.account.updateProfile({ name: "Karl", displayName: "Kalle Anka", bio: "Skriver om öar.", website: "https://kalle.example", avatarMediaId: "" }),
    ).resolves.toMatchObject({ name: "Karl", displayName: "Kalle Anka", website: "https://kalle.example", avatarMediaId: null });
    await expect(api.admin.account.updateProfile({ name: "Karl", avatarMediaId: "no-such-media" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.admin.account.updateProfile({ name: "Karl", website: "javascript:alert(1)" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("admin.user.update", () => {
  it("lets the owner rename authors and change roles, but keeps one owner", async () => {
    const owner = await makeUser(testDb.db, { role: "owner" });
    const author = await makeUser(testDb.db);
    const api = await callerAs(testDb.db, owner);
    await expect(api.admin.user.update({ id: author.id, name: "Nytt namn", role: "author" })).resolves.toMatchObject({ name: "Nytt namn", role: "author" });
    const owners = await testDb.db.user.findMany({ where: { role: "owner" }, select: { id: true } });
    // Demote every other owner made by other tests, then this one is the last.
    for (const other of owners.filter((row) => row.id !== owner.id)) await testDb.db.user.update({ where: { id: other.id }, data: { role: "author" } });
    await expect(api.admin.user.update({ id: owner.id, name: "Ägare", role: "author" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await api.admin.user.update({ id: author.id, name: "Nytt namn", role: "owner" });
    await expect(api.admin.user.update({ id: owner.id, name: "Ägare", role: "author" })).resolves.toMatchObject({ role: "author" });
  });
});
