import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { COMMENT_SPAM_RULES } from "@crestwood/validators";
import { COMMENT_FLOOD, createComment } from "../services/comments";
import { callerAs, callerFor, callerWithToken, formTokenFor, makeBlog, makePost, makeUser } from "../../test/factories";
import { mintFormToken } from "./form-token";
import { AkismetSpamCheck } from "./spam-check";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
beforeEach(async () => {
  await makeBlog(testDb.db, { commentPolicy: "open" });
  await testDb.db.blog.update({ where: { id: 1 }, data: { commentMaxLinks: 2, commentBlocklist: "", akismetKey: null } });
});
afterAll(() => testDb.cleanup());

let address = 0;
/** A reader at an address of its own, so flood control never mixes tests. */
function reader() {
  address += 1;
  return callerFor(testDb.db, { clientIp: `198.18.${Math.floor(address / 250)}.${address % 250}` });
}

const codeOf = (promise: Promise<unknown>) => promise.then(() => "OK", (error: { code?: string }) => error.code ?? "THROWN");

describe("the honeypot", () => {
  it("refuses a comment whose hidden field was filled in, storing nothing", async () => {
    const post = await makePost(testDb.db);
    const error = await reader()
      .comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "Bot", body: "Great post", honeypot: "http://spam.example" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(await testDb.db.comment.count({ where: { postId: post.id } })).toBe(0);
    // Empty (as people leave it) is fine.
    await expect(reader().comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "Anna", body: "Fint!", honeypot: "" })).resolves.toMatchObject({ status: "published" });
  });
});

describe("the minimum fill time", () => {
  it("refuses a missing, forged, too fresh or too old form token, naming the field", async () => {
    const post = await makePost(testDb.db);
    const blog = await testDb.db.blog.findUniqueOrThrow({ where: { id: 1 } });
    const now = Date.now();
    const cases = {
      missing: undefined,
      forged: mintFormToken("another blog's secret", now - 60_000),
      tooFresh: mintFormToken(blog.secret, now - 1000),
      tooOld: mintFormToken(blog.secret, now - (COMMENT_SPAM_RULES.maxFormAgeSeconds + 60) * 1000),
      garbage: "1.2.3",
    };
    for (const [name, formToken] of Object.entries(cases)) {
      const error = await reader().comment.create({ formToken, postId: post.id, authorName: name, body: `Hej ${name}` }).catch((e: unknown) => e);
      expect(error, name).toMatchObject({ code: "BAD_REQUEST", cause: { field: "formToken" } });
    }
    expect(await testDb.db.comment.count({ where: { postId: post.id } })).toBe(0);
  });

  it("hands anonymous API callers a token from comment.formToken, usable once the fill time has passed", async () => {
    const post = await makePost(testDb.db);
    const { formToken, usableAfterSeconds } = await callerFor(testDb.db).comment.formToken();
    expect(usableAfterSeconds).toBe(COMMENT_SPAM_RULES.minFillSeconds);
    const ctx = { db: testDb.db, clientIp: "198.18.200.1" };
    await expect(createComment(ctx, { formToken, postId: post.id, authorName: "A", body: "At once" })).rejects.toMatchObject({ field: "formToken" });
    const later = new Date(Date.now() + (usableAfterSeconds + 1) * 1000);
    await expect(createComment({ ...ctx, now: later }, { formToken, postId: post.id, authorName: "A", body: "After a while" })).resolves.toMatchObject({ status: "published" });
  });

  it("lets callers with an API token comment without a form token; signed-in browsers still need one", async () => {
    const post = await makePost(testDb.db);
    const user = await makeUser(testDb.db);
    const { api } = await callerWithToken(testDb.db, user);
    await expect(api.comment.create({ postId: post.id, authorName: "Script", body: "From CI" })).resolves.toMatchObject({ status: "published" });
    const browser = await callerAs(testDb.db, user, { clientIp: "198.18.200.2" });
    expect(await codeOf(browser.comment.create({ postId: post.id, authorName: "Me", body: "No form" }))).toBe("BAD_REQUEST");
  });
});

describe("links and the blocklist", () => {
  it("holds a comment with more links than the setting allows", async () => {
    const post = await makePost(testDb.db);
    const formToken = await formTokenFor(testDb.db);
    const two = await reader().comment.create({ formToken, postId: post.id, authorName: "A", body: "See https://a.example and https://b.example" });
    const three = await reader().comment.create({ formToken, postId: post.id, authorName: "B", body: "https://a.example https://b.example www.c.example" });
    expect([two.status, three.status]).toEqual(["published", "pending"]);
    await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" })).then((owner) =>
      owner.admin.blog.updateSpam({ commentMaxLinks: 0, commentBlocklist: "", akismetKey: "" }),
    );
    const one = await reader().comment.create({ formToken, postId: post.id, authorName: "C", body: "Only https://a.example" });
    expect(one.status).toBe("pending");
  });

  it("holds a comment with a blocklisted word in its name, address or text", async () => {
    const post = await makePost(testDb.db);
    const owner = await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
    expect(await owner.admin.blog.updateSpam({ commentMaxLinks: 2, commentBlocklist: "casino\nbilliga klockor", akismetKey: null })).toMatchObject({
      commentBlocklist: "casino\nbilliga klockor",
    });
    const formToken = await formTokenFor(testDb.db);
    const statuses = await Promise.all(
      [
        { authorName: "CASINO king", body: "Hej" },
        { authorName: "A", authorUrl: "https://casino.example", body: "Hej" },
        { authorName: "B", body: "Köp Billiga   klockor här" },
        { authorName: "C", body: "Ett casinobesök är inget ord på listan" },
      ].map((fields) => reader().comment.create({ formToken, postId: post.id, ...fields }).then((c) => c.status)),
    );
    expect(statuses).toEqual(["pending", "pending", "pending", "published"]);
  });

  it("refuses bad spam settings with field errors", async () => {
    const owner = await callerAs(testDb.db, await makeUser(testDb.db, { role: "owner" }));
    await expect(owner.admin.blog.updateSpam({ commentMaxLinks: -1, commentBlocklist: "", akismetKey: "not a key!" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const author = await callerAs(testDb.db, await makeUser(testDb.db));
    expect(await codeOf(author.admin.blog.updateSpam({ commentMaxLinks: 5, commentBlocklist: "", akismetKey: null }))).toBe("FORBIDDEN");
  });
});

describe("duplicates", () => {
  it("refuses the same author's same comment on the same post, even sent at once", async () => {
    const post = await makePost(testDb.db);
    const formToken = await formTokenFor(testDb.db);
    const codes = await Promise.all(Array.from({ length: 5 }, () => codeOf(reader().comment.create({ formToken, postId: post.id, authorName: "Anna", body: "Tack för inlägget!" }))));
    expect(codes.sort()).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT", "OK"]);
    expect(await codeOf(reader().comment.create({ formToken, postId: post.id, authorName: "anna ", body: "tack för  inlägget!" }))).toBe("CONFLICT");
    // Someone else may say the same; so may Anna on another post.
    expect(await codeOf(reader().comment.create({ formToken, postId: post.id, authorName: "Bo", body: "Tack för inlägget!" }))).toBe("OK");
    const other = await makePost(testDb.db);
    expect(await codeOf(reader().comment.create({ formToken, postId: other.id, authorName: "Anna", body: "Tack för inlägget!" }))).toBe("OK");
  });
});

describe("flood control", () => {
  it("lets exactly the limit through when 30 comments arrive at once from one address (a tRPC batch)", async () => {
    const post = await makePost(testDb.db);
    const formToken = await formTokenFor(testDb.db);
    const api = reader();
    const codes = await Promise.all(Array.from({ length: 30 }, (_, i) => codeOf(api.comment.create({ formToken, postId: post.id, authorName: "Flood", body: `Nr ${i}` }))));
    expect(codes.filter((code) => code === "OK")).toHaveLength(COMMENT_FLOOD.max);
    expect(codes.filter((code) => code === "TOO_MANY_REQUESTS")).toHaveLength(30 - COMMENT_FLOOD.max);
    expect(await testDb.db.comment.count({ where: { postId: post.id } })).toBe(COMMENT_FLOOD.max);
  });

  it("does not switch off when the address is unknown: such commenters share one counter", async () => {
    const post = await makePost(testDb.db);
    // A window of its own (an hour from now), so other tests' address-less callers do not count.
    const now = new Date(Date.now() + 60 * 60 * 1000);
    const formToken = await formTokenFor(testDb.db);
    const codes = await Promise.all(
      Array.from({ length: COMMENT_FLOOD.maxUnknownAddress + 5 }, (_, i) =>
        codeOf(createComment({ db: testDb.db, clientIp: null, now }, { formToken, postId: post.id, authorName: `R${i}`, body: `Nr ${i}` })),
      ),
    );
    expect(codes.filter((code) => code === "OK")).toHaveLength(COMMENT_FLOOD.maxUnknownAddress);
    expect(codes.filter((code) => code === "TOO_MANY_REQUESTS")).toHaveLength(5);
    expect(codes).not.toContain("THROWN");
  });
});

describe("Akismet", () => {
  let stub: Server;
  let endpoint: string;
  const requests: URLSearchParams[] = [];
  let answer: (form: URLSearchParams) => { status: number; body: string; delayMs?: number } = () => ({ status: 200, body: "false" });

  async function read(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }

  beforeAll(async () => {
    // A local stand-in for rest.akismet.com, started by the test.
    stub = createServer(async (req, res) => {
      const form = new URLSearchParams(await read(req));
      requests.push(form);
      const { status, body, delayMs } = answer(form);
      setTimeout(() => res.writeHead(status, { "content-type": "text/plain" }).end(body), delayMs ?? 0);
    });
    await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
    endpoint = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/1.1`;
  });
  afterAll(() => new Promise<void>((resolve) => stub.close(() => resolve())));

  const request = { origin: "https://blog.example", userAgent: "Mozilla/5.0 test", referrer: "https://blog.example/2020/01/x.html" };

  it("files what Akismet calls spam as spam (told to the commenter as held), and publishes ham", async () => {
    answer = (form) => ({ status: 200, body: form.get("comment_author") === "viagra-test-123" ? "true" : "false" });
    const post = await makePost(testDb.db);
    const formToken = await formTokenFor(testDb.db);
    const spamCheck = new AkismetSpamCheck({ apiKey: "abcdef123456", endpoint });
    const ctx = { db: testDb.db, clientIp: "198.18.201.1", request, spamCheck };
    const spam = await createComment(ctx, { formToken, postId: post.id, authorName: "viagra-test-123", body: "Buy now" });
    const ham = await createComment({ ...ctx, clientIp: "198.18.201.2" }, { formToken, postId: post.id, authorName: "Anna", body: "Fin text" });
    expect(spam.status).toBe("pending");
    expect(ham.status).toBe("published");
    expect((await testDb.db.comment.findUniqueOrThrow({ where: { id: spam.id } })).status).toBe("spam");

    const sent = requests.find((form) => form.get("comment_author") === "viagra-test-123");
    expect(Object.fromEntries(sent ?? [])).toMatchObject({
      api_key: "abcdef123456",
      blog: "https://blog.example",
      permalink: `https://blog.example/2020/01/${post.slug}.html`,
      user_ip: "198.18.201.1",
      user_agent: "Mozilla/5.0 test",
      comment_type: "comment",
      comment_content: "Buy now",
    });
  });

  it("is never required: an error, a bad key or a slow answer leaves the comment to the blog's own rules", async () => {
    const post = await makePost(testDb.db);
    const formToken = await formTokenFor(testDb.db);
    const answers = [{ status: 500, body: "oops" }, { status: 200, body: "invalid" }, { status: 200, body: "true", delayMs: 2000 }];
    for (const [i, reply] of answers.entries()) {
      answer = () => reply;
      const spamCheck = new AkismetSpamCheck({ apiKey: "abcdef123456", endpoint, timeoutMs: 300 });
      const created = await createComment({ db: testDb.db, clientIp: `198.18.202.${i}`, request, spamCheck }, { formToken, postId: post.id, authorName: `R${i}`, body: `Hej ${i}` });
      expect(created.status).toBe("published");
    }
    // Nobody listening at all.
    const unreachable = new AkismetSpamCheck({ apiKey: "abcdef123456", endpoint: "http://127.0.0.1:9/1.1", timeoutMs: 300 });
    await expect(unreachable.check({ ...request, blogUrl: "https://blog.example", permalink: "x", language: "sv", clientIp: null, authorName: "A", authorUrl: null, body: "B", createdAt: new Date() })).resolves.toBe("unknown");
  });

  it("is used when the owner sets a key (and only then)", async () => {
    const blog = await testDb.db.blog.findUniqueOrThrow({ where: { id: 1 } });
    expect(blog.akismetKey).toBeNull();
    const before = requests.length;
    const post = await makePost(testDb.db);
    await reader().comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "A", body: "No key, no call" });
    expect(requests.length).toBe(before);
  });
});
