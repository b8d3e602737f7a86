import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { appRouter } from "../../root";
import { callerAs, callerFor, makeBlog, makePost, makeUser } from "../../../test/factories";

/**
 * Every admin procedure, found from the router itself, so a procedure added later is checked too.
 * Anonymous callers get UNAUTHORIZED from all of them; authors get FORBIDDEN from the owner's.
 */
const ADMIN_PROCEDURES = Object.keys(appRouter._def.procedures).filter((path) => path.startsWith("admin."));
const OWNER_ONLY = [
  "admin.label.update",
  "admin.label.merge",
  "admin.label.delete",
  "admin.blog.settings",
  "admin.blog.update",
  "admin.blog.favicon",
  "admin.blog.setFavicon",
  "admin.blog.spamSettings",
  "admin.blog.updateSpam",
  "admin.user.list",
  "admin.user.create",
  "admin.user.setRole",
  "admin.user.delete",
  "admin.token.list",
  "admin.token.create",
  "admin.token.revoke",
  "admin.import.list",
  "admin.import.byId",
  "admin.user.update",
  "admin.user.sendPasswordReset",
  "admin.mail.status",
  "admin.mail.retry",
  "admin.mail.settings",
  "admin.mail.updateSettings",
  "admin.mail.followers",
  "admin.mail.followersCsv",
  "admin.mail.removeFollower",
  "admin.revision.storage",
  "admin.mail.exportPersonalData",
  "admin.mail.erasePersonalData",
];

type AnyProcedure = (input?: unknown) => Promise<unknown>;
function procedureAt(caller: unknown, path: string): AnyProcedure {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as AnyProcedure;
}
async function errorOf(promise: Promise<unknown>): Promise<TRPCError | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(TRPCError);
    return error as TRPCError;
  }
}

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db);
});
afterAll(() => testDb.cleanup());

describe("admin procedures", () => {
  it("are all found (the list below is not empty by accident)", () => {
    expect(ADMIN_PROCEDURES.length).toBeGreaterThanOrEqual(18);
    for (const path of OWNER_ONLY) expect(ADMIN_PROCEDURES).toContain(path);
  });

  it.each(ADMIN_PROCEDURES)("%s refuses anonymous callers with UNAUTHORIZED", async (path) => {
    const error = await errorOf(procedureAt(callerFor(testDb.db), path)({ id: "x" }));
    expect(error?.code).toBe("UNAUTHORIZED");
  });

  it.each(ADMIN_PROCEDURES)("%s refuses a forged or signed-out session with UNAUTHORIZED", async (path) => {
    const error = await errorOf(procedureAt(callerFor(testDb.db, { sessionToken: "forged-token" }), path)({ id: "x" }));
    expect(error?.code).toBe("UNAUTHORIZED");
  });

  it.each(OWNER_ONLY)("%s refuses an author with FORBIDDEN", async (path) => {
    const author = await callerAs(testDb.db, await makeUser(testDb.db, { role: "author" }));
    const error = await errorOf(procedureAt(author, path)({ id: "x" }));
    expect(error?.code).toBe("FORBIDDEN");
  });

  it.each(ADMIN_PROCEDURES.filter((path) => !OWNER_ONLY.includes(path)))("%s lets an author through the role check", async (path) => {
    const author = await callerAs(testDb.db, await makeUser(testDb.db, { role: "author" }));
    const error = await errorOf(procedureAt(author, path)({ id: "no-such-id" }));
    expect(["UNAUTHORIZED", "FORBIDDEN"]).not.toContain(error?.code);
  });
});

describe("an author's reach", () => {
  it("stops at other people's posts and the comments on them", async () => {
    const owner = await makeUser(testDb.db, { role: "owner" });
    const author = await makeUser(testDb.db);
    const othersPost = await makePost(testDb.db, { authorId: owner.id });
    const comment = await testDb.db.comment.create({ data: { postId: othersPost.id, authorName: "R", bodyHtml: "x", status: "pending" } });
    const api = await callerAs(testDb.db, author);

    const fields = { title: "T", bodyHtml: "<p>x</p>", status: "draft" as const, labels: [] };
    // Thunks, run one at a time: a rejection nobody awaits yet is an unhandled one.
    const attempts = [
      () => api.admin.post.update({ id: othersPost.id, ...fields }),
      () => api.admin.post.delete({ id: othersPost.id }),
      () => api.admin.comment.update({ id: comment.id, status: "published" }),
      () => api.admin.comment.delete({ id: comment.id }),
      () => api.admin.comment.reply({ commentId: comment.id, body: "Hej" }),
    ];
    for (const attempt of attempts) expect((await errorOf(attempt()))?.code).toBe("FORBIDDEN");

    expect(await testDb.db.post.findUnique({ where: { id: othersPost.id } })).toMatchObject({ title: othersPost.title });
    expect(await testDb.db.comment.findUnique({ where: { id: comment.id } })).toMatchObject({ status: "pending" });
    const queue = await api.admin.comment.list({ status: "pending" });
    expect(queue.comments.map((c) => c.id)).not.toContain(comment.id);
  });
});
