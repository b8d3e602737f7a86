import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { deliverOutbox, linkIn, startTestSmtpServer, type TestSmtpServer } from "../../test/smtp-server";
import { callerAs, callerFor, makeBlog, makePost, makeUser, unique } from "../../test/factories";
import { DAILY_DIGEST_MS, queueFollowerMail } from "./followers";

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
const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";
const MINUTE = 60_000;

async function follow(email: string) {
  await callerFor(testDb.db, { clientIp: `198.51.100.${Math.floor(Math.random() * 250)}` }).follow.request({ email });
  await deliverOutbox(testDb.db, smtp);
  return tokenOf(linkIn(smtp.to(email).at(-1), `${origin}/follow/confirm?token=`));
}

describe("following by e-mail", () => {
  it("needs the confirmation click before any post is mailed, then mails each new post with one-click unsubscribe", async () => {
    const [confirmed, unconfirmed] = [`${unique("follower")}@example.org`, `${unique("lurker")}@example.org`];
    const api = callerFor(testDb.db);
    const token = await follow(confirmed);
    await follow(unconfirmed);
    expect(smtp.to(confirmed)[0]?.subject).toBe("Bekräfta att du vill följa Testblogg");

    await expect(api.follow.link({ token, purpose: "confirm" })).resolves.toEqual({ status: "pending" });
    await expect(api.follow.confirm({ token })).resolves.toEqual({ status: "confirmed" });
    // Asking again once confirmed sends nothing and says the same.
    await expect(api.follow.request({ email: confirmed })).resolves.toEqual({ accepted: true });

    const start = new Date();
    await queueFollowerMail(testDb.db, origin, start);
    const post = await makePost(testDb.db, { title: "Ett nytt inlägg", bodyHtml: "<p>Hej</p>", publishedAt: new Date(start.getTime() + MINUTE) });
    const scheduled = await makePost(testDb.db, { title: "Planerat", status: "scheduled", publishedAt: new Date(start.getTime() + 60 * MINUTE) });
    await queueFollowerMail(testDb.db, origin, new Date(start.getTime() + 2 * MINUTE));
    await deliverOutbox(testDb.db, smtp);

    const mails = smtp.to(confirmed).slice(1);
    expect(mails.map((mail) => mail.subject)).toEqual(["Ett nytt inlägg"]);
    expect(mails[0]?.text).toMatch(new RegExp(`${origin}/\\d{4}/\\d{2}/${post.slug}\\.html`));
    expect(smtp.to(unconfirmed)).toHaveLength(1);
    const unsubscribeHeader = mails[0]?.headerLines.find((line) => line.key === "list-unsubscribe")?.line ?? "";
    expect(mails[0]?.headerLines.find((line) => line.key === "list-unsubscribe-post")?.line).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

    // Nothing twice; the scheduled post goes out once its time has come.
    await queueFollowerMail(testDb.db, origin, new Date(start.getTime() + 3 * MINUTE));
    await queueFollowerMail(testDb.db, origin, new Date(start.getTime() + 61 * MINUTE));
    await deliverOutbox(testDb.db, smtp);
    expect(smtp.to(confirmed).slice(1).map((mail) => mail.subject)).toEqual(["Ett nytt inlägg", scheduled.title]);

    expect(unsubscribeHeader).toMatch(/^List-Unsubscribe:\s+<http:\/\/localhost\/api\/unsubscribe\/follow\?token=/);
    const unsubscribe = tokenOf(/<([^>]+)>/.exec(unsubscribeHeader)?.[1] ?? "");
    await expect(api.follow.unsubscribe({ token: unsubscribe })).resolves.toEqual({ status: "unsubscribed" });
    await makePost(testDb.db, { title: "Efter utträdet", publishedAt: new Date(start.getTime() + 62 * MINUTE) });
    await queueFollowerMail(testDb.db, origin, new Date(start.getTime() + 63 * MINUTE));
    await deliverOutbox(testDb.db, smtp);
    expect(smtp.to(confirmed)).toHaveLength(3);
    await testDb.db.blog.update({ where: { id: 1 }, data: { digestCursor: null } });
  });

  it("sends one digest a day listing the day's posts when the owner asks for daily mail", async () => {
    const owner = await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
    await owner.admin.mail.updateSettings({ digestFrequency: "daily", revisionsToKeep: "" });
    const email = `${unique("daily")}@example.org`;
    await callerFor(testDb.db).follow.confirm({ token: await follow(email) });
    const start = new Date(Date.now() + 10 * DAILY_DIGEST_MS);
    await testDb.db.blog.update({ where: { id: 1 }, data: { digestCursor: start } });
    await makePost(testDb.db, { title: "Först", publishedAt: new Date(start.getTime() + MINUTE) });
    await makePost(testDb.db, { title: "Sedan", publishedAt: new Date(start.getTime() + 2 * MINUTE) });
    await queueFollowerMail(testDb.db, origin, new Date(start.getTime() + 3 * MINUTE));
    await deliverOutbox(testDb.db, smtp);
    expect(smtp.to(email)).toHaveLength(1);
    await queueFollowerMail(testDb.db, origin, new Date(start.getTime() + DAILY_DIGEST_MS + MINUTE));
    await deliverOutbox(testDb.db, smtp);
    const [, digest] = smtp.to(email);
    expect(digest?.subject).toBe("Testblogg: 2 nya inlägg");
    expect(digest?.text?.indexOf("Först")).toBeLessThan(digest?.text?.indexOf("Sedan") ?? 0);
    await owner.admin.mail.updateSettings({ digestFrequency: "per_post", revisionsToKeep: "" });
  });

  it("lists followers for the owner and exports them as CSV safe for spreadsheets", async () => {
    const owner = await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
    await testDb.db.subscriber.create({ data: { email: "=cmd@example.org", status: "confirmed" } });
    const list = await owner.admin.mail.followers({ status: "confirmed" });
    expect(list.followers.map((f) => f.email)).toContain("=cmd@example.org");
    const csv = await owner.admin.mail.followersCsv();
    expect(csv.split("\r\n")[0]).toBe("email,status,subscribed_at,confirmed_at,unsubscribed_at");
    expect(csv).toContain(`"'=cmd@example.org","confirmed"`);
    const author = await callerAs(testDb.db, await makeUser(testDb.db));
    await expect(author.admin.mail.followersCsv()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses forged links and throttles requests", async () => {
    const api = callerFor(testDb.db, { clientIp: "203.0.113.77" });
    await expect(api.follow.confirm({ token: "0.abc.forged" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const email = `${unique("many")}@example.org`;
    for (let i = 0; i < 3; i++) await api.follow.request({ email });
    await expect(api.follow.request({ email })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });
});
