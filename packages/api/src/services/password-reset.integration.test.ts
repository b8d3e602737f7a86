import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { deliverOutbox, linkIn, startTestSmtpServer, type TestSmtpServer } from "../../test/smtp-server";
import { TEST_PASSWORD, callerAs, callerFor, makeBlog, makeUser, unique } from "../../test/factories";
import { createSession } from "../auth/session";
import { resetPassword } from "./password-reset";

let testDb: TestDb;
let smtp: TestSmtpServer;
beforeAll(async () => {
  [testDb, smtp] = await Promise.all([createTestDb(), startTestSmtpServer()]);
  await makeBlog(testDb.db, { language: "sv" });
});
afterAll(async () => {
  await Promise.all([testDb.cleanup(), smtp.close()]);
});

const origin = "http://localhost";
const NEW_PASSWORD = "ett helt nytt lösenord";

function tokenOf(link: string): string {
  return new URL(link).searchParams.get("token") ?? "";
}

describe("password reset", () => {
  it("mails a link that works once, ends every session and sends a notice", async () => {
    const user = await makeUser(testDb.db);
    const { token: sessionToken } = await createSession(testDb.db, user.id);
    const api = callerFor(testDb.db, { clientIp: "198.51.100.1" });
    await expect(api.auth.requestPasswordReset({ email: ` ${user.email.toUpperCase()} ` })).resolves.toEqual({ accepted: true });
    await deliverOutbox(testDb.db, smtp);

    const [mail] = smtp.to(user.email);
    expect(mail?.subject).toBe("Nytt lösenord för Testblogg");
    expect(mail?.html).toContain('lang="sv"');
    const link = linkIn(mail, `${origin}/admin/reset-password?token=`);
    const token = tokenOf(link);
    // Only the hash is stored.
    expect(await testDb.db.accountToken.count({ where: { tokenHash: token } })).toBe(0);

    await expect(api.auth.checkPasswordReset({ token })).resolves.toEqual({ usable: true });
    await expect(api.auth.resetPassword({ token, password: NEW_PASSWORD })).resolves.toEqual({ email: user.email });
    await expect(api.auth.resetPassword({ token, password: "ännu ett lösenord" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.auth.checkPasswordReset({ token })).resolves.toEqual({ usable: false });

    // The old session is gone; the new password signs in, the old one does not.
    await expect(callerFor(testDb.db, { sessionToken }).admin.account.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(api.auth.signIn({ email: user.email, password: TEST_PASSWORD })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(api.auth.signIn({ email: user.email, password: NEW_PASSWORD })).resolves.toMatchObject({ id: user.id });

    await deliverOutbox(testDb.db, smtp);
    expect(smtp.to(user.email).map((message) => message.subject)).toContain("Ditt lösenord för Testblogg är ändrat");
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const email = `${unique("nobody")}@example.org`;
    await expect(callerFor(testDb.db).auth.requestPasswordReset({ email })).resolves.toEqual({ accepted: true });
    await deliverOutbox(testDb.db, smtp);
    expect(smtp.to(email)).toHaveLength(0);
  });

  it("refuses an expired link", async () => {
    const user = await makeUser(testDb.db);
    await callerFor(testDb.db).auth.requestPasswordReset({ email: user.email });
    await deliverOutbox(testDb.db, smtp);
    const token = tokenOf(linkIn(smtp.to(user.email)[0], `${origin}/admin/reset-password?token=`));
    const later = new Date(Date.now() + 61 * 60 * 1000);
    await expect(resetPassword({ db: testDb.db, origin, now: later }, { token, password: NEW_PASSWORD })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(callerFor(testDb.db).auth.resetPassword({ token: "made-up", password: NEW_PASSWORD })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("is throttled per address, whether or not it has an account", async () => {
    for (const email of [(await makeUser(testDb.db)).email, `${unique("ghost")}@example.org`]) {
      const api = callerFor(testDb.db, { clientIp: `203.0.113.${Math.floor(Math.random() * 200)}` });
      for (let i = 0; i < 3; i++) await api.auth.requestPasswordReset({ email });
      await expect(api.auth.requestPasswordReset({ email })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    }
  });

  it("lets the owner send an author a link, which the author uses", async () => {
    const owner = await makeUser(testDb.db, { role: "owner", name: "Ägaren" });
    const author = await makeUser(testDb.db, { password: null });
    const api = await callerAs(testDb.db, owner);
    await expect(api.admin.user.sendPasswordReset({ id: author.id })).resolves.toEqual({ email: author.email });
    await deliverOutbox(testDb.db, smtp);
    const [mail] = smtp.to(author.email);
    expect(mail?.text).toContain("Ägaren har skickat dig en länk");
    expect(mail?.text).toContain("72 timmar");
    const token = tokenOf(linkIn(mail, `${origin}/admin/reset-password?token=`));
    await callerFor(testDb.db).auth.resetPassword({ token, password: NEW_PASSWORD });
    await expect(callerFor(testDb.db).auth.signIn({ email: author.email, password: NEW_PASSWORD })).resolves.toMatchObject({ id: author.id });
    const authorApi = await callerAs(testDb.db, author);
    await expect(authorApi.admin.user.sendPasswordReset({ id: owner.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
