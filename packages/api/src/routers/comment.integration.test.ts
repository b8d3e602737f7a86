import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { COMMENT_LIMITS } from "@crestwood/validators";
import { COMMENT_FLOOD } from "../services/comments";
import { formTokenFor, callerFor, makeBlog, makePost } from "../../test/factories";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
beforeEach(async () => {
  await makeBlog(testDb.db, { commentPolicy: "open" });
});
afterAll(() => testDb.cleanup());

async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("comment.create", () => {
  it("stores a sanitized comment that comment.list then returns", async () => {
    const post = await makePost(testDb.db);
    const api = callerFor(testDb.db);
    const created = await api.comment.create({
      formToken: await formTokenFor(testDb.db),
      postId: post.id,
      authorName: "  Karin  ",
      authorUrl: "https://example.org/karin",
      body: `Bra <b>skrivet</b>! <script>alert(1)</script>\nRad två`,
    });
    expect(created.status).toBe("published");
    const comments = await api.comment.list({ postId: post.id });
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({
      id: created.id,
      authorName: "Karin",
      authorUrl: "https://example.org/karin",
      bodyHtml: "Bra <b>skrivet</b>! &lt;script&gt;alert(1)&lt;/script&gt;<br />Rad två",
      parentId: null,
    });
  });

  it("threads a reply under its parent", async () => {
    const post = await makePost(testDb.db);
    const api = callerFor(testDb.db);
    const parent = await api.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "A", body: "Fråga?" });
    const reply = await api.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, parentId: parent.id, authorName: "B", body: "Svar." });
    const comments = await api.comment.list({ postId: post.id });
    expect(comments.find((c) => c.id === reply.id)?.parentId).toBe(parent.id);
  });

  it("refuses empty and oversized fields with BAD_REQUEST and field errors, storing nothing", async () => {
    const post = await makePost(testDb.db);
    const api = callerFor(testDb.db);
    const empty = await rejection(api.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: " ", body: "" }));
    expect(empty.code).toBe("BAD_REQUEST");
    const tooLong = await rejection(
      api.comment.create({
        formToken: await formTokenFor(testDb.db),
        postId: post.id,
        authorName: "x".repeat(COMMENT_LIMITS.authorName + 1),
        authorUrl: "javascript:alert(1)",
        body: "y".repeat(COMMENT_LIMITS.body + 1),
      }),
    );
    expect(tooLong.code).toBe("BAD_REQUEST");
    expect(await testDb.db.comment.count({ where: { postId: post.id } })).toBe(0);
  });

  it("reports field errors through the error formatter, as HTTP clients see them", async () => {
    const post = await makePost(testDb.db);
    const { appRouter, createTRPCContext } = await import("../index");
    const { getErrorShape } = await import("@trpc/server/unstable-core-do-not-import");
    const error = await rejection(callerFor(testDb.db).comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "", body: "" }));
    const shape = getErrorShape({
      config: appRouter._def._config,
      error,
      type: "mutation",
      path: "comment.create",
      input: undefined,
      ctx: createTRPCContext({ db: testDb.db, headers: new Headers() }),
    });
    expect(shape.data.zodError?.fieldErrors).toMatchObject({ authorName: ["Enter your name."], body: ["Write a comment."] });
  });

  it("answers NOT_FOUND for a missing or unpublished post", async () => {
    const draft = await makePost(testDb.db, { status: "draft", publishedAt: null });
    const api = callerFor(testDb.db);
    for (const postId of ["no-such-post", draft.id]) {
      const error = await rejection(api.comment.create({ formToken: await formTokenFor(testDb.db), postId, authorName: "A", body: "Hej" }));
      expect(error.code).toBe("NOT_FOUND");
    }
  });

  it("holds comments for moderation on a moderated blog and refuses them on a closed one", async () => {
    const post = await makePost(testDb.db);
    const api = callerFor(testDb.db);
    await makeBlog(testDb.db, { commentPolicy: "moderated" });
    const held = await api.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "A", body: "Hej" });
    expect(held.status).toBe("pending");
    expect(await api.comment.list({ postId: post.id })).toHaveLength(0);

    await makeBlog(testDb.db, { commentPolicy: "closed" });
    const error = await rejection(api.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "A", body: "Hej" }));
    expect(error.code).toBe("FORBIDDEN");
  });

  it("answers TOO_MANY_REQUESTS to a flood from one address", async () => {
    const post = await makePost(testDb.db);
    const api = callerFor(testDb.db, { clientIp: "203.0.113.9" });
    for (let i = 0; i < COMMENT_FLOOD.max; i++) {
      await api.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "A", body: `Nr ${i}` });
    }
    const error = await rejection(api.comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "A", body: "En till" }));
    expect(error.code).toBe("TOO_MANY_REQUESTS");
    // Another address is unaffected.
    await expect(callerFor(testDb.db, { clientIp: "203.0.113.10" }).comment.create({ formToken: await formTokenFor(testDb.db), postId: post.id, authorName: "B", body: "Hej" })).resolves.toBeTruthy();
  });
});
