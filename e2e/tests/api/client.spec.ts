// The API as a script sees it: @crestwood/client over HTTP against the running production server.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createCrestwoodClient, toCrestwoodError, type CrestwoodError } from "@crestwood/client";
import { createAuthorWithToken, createPublishedPost, e2eDb } from "../../factories/db";

/** The error a call failed with, as the client's helpers describe it. */
async function failure(call: Promise<unknown>): Promise<CrestwoodError | null> {
  try {
    await call;
  } catch (error) {
    return toCrestwoodError(error);
  }
  throw new Error("The call succeeded but should have failed.");
}

test.describe("reading, without a token", () => {
  test("lists posts page by page and by label, finds them by slug and id, with dates as Date", async ({ baseURL }) => {
    const label = `e2e-api-${randomUUID().slice(0, 8)}`;
    const older = await createPublishedPost({ labels: [label] });
    const newer = await createPublishedPost({ labels: [label], publishedComments: ["Första kommentaren", "Andra kommentaren"] });
    await e2eDb().post.update({ where: { id: newer.id }, data: { publishedAt: new Date("2008-06-16T10:00:00Z") } });
    const blog = createCrestwoodClient({ url: baseURL! });

    const first = await blog.post.list.query({ label, limit: 1 });
    expect(first.posts.map((post) => post.id)).toEqual([newer.id]);
    expect(first.posts[0]!.publishedAt).toBeInstanceOf(Date);
    expect(first.older).toEqual({ at: new Date("2008-06-16T10:00:00Z"), id: newer.id });
    const second = await blog.post.list.query({ label, limit: 1, olderThan: first.older! });
    expect(second).toEqual({ posts: [expect.objectContaining({ id: older.id, labels: [{ name: label, path: `/search/label/${label}` }] })], older: null, newer: "first" });

    const bySlug = await blog.post.bySlug.query({ slug: newer.slug });
    expect(bySlug).toMatchObject({ id: newer.id, title: newer.title, commentCount: 2, publishedAt: new Date("2008-06-16T10:00:00Z") });
    expect(await blog.post.byId.query({ id: newer.id })).toEqual(bySlug);

    const [labels, comments] = await Promise.all([blog.label.list.query(), blog.comment.list.query({ postId: newer.id })]);
    expect(labels).toContainEqual({ name: label, postCount: 2, path: `/search/label/${label}` });
    expect(comments.map((comment) => comment.bodyHtml)).toEqual(["<p>Första kommentaren</p>", "<p>Andra kommentaren</p>"]);
  });

  test("a missing post is NOT_FOUND, and bad input is BAD_REQUEST with field errors", async ({ baseURL }) => {
    const blog = createCrestwoodClient({ url: `${baseURL}/api/trpc` });
    expect(await failure(blog.post.bySlug.query({ slug: "no-such-post-anywhere" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(blog.post.list.query({ limit: 0 }))).toMatchObject({ code: "BAD_REQUEST", message: "limit: at least 1.", fieldErrors: { limit: [expect.any(String)] } });
  });
});

test.describe("writing, with a token", () => {
  test("creates, publishes, changes and deletes a post as the token's author", async ({ baseURL }) => {
    const { user, token } = await createAuthorWithToken();
    const blog = createCrestwoodClient({ url: baseURL!, token });
    const label = `e2e-api-${randomUUID().slice(0, 8)}`;
    const fields = { title: `Från ett skript ${label}`, bodyHtml: "<p>Hej <script>x()</script>API</p>", labels: [label] };

    const draft = await blog.admin.post.create.mutate({ ...fields, status: "draft" });
    expect(draft).toMatchObject({ status: "draft", authorId: user.id, bodyHtml: "<p>Hej API</p>", labels: [label] });
    expect(await failure(blog.post.byId.query({ id: draft.id }))).toMatchObject({ code: "NOT_FOUND" });

    // Dated before the demo posts, so the home page other tests read stays as it is.
    const publishedAt = new Date("2008-06-15T10:00:00Z");
    const published = await blog.admin.post.update.mutate({ ...fields, id: draft.id, slug: draft.slug, status: "published", publishedAt });
    expect(published.publishedAt).toEqual(publishedAt);
    const read = await createCrestwoodClient({ url: baseURL! }).post.byId.query({ id: draft.id });
    expect(read).toMatchObject({ title: fields.title, authorName: user.name, labels: [{ name: label }] });

    // Deleting moves it to the trash (restorable for 30 days): readers no longer find it.
    await blog.admin.post.delete.mutate({ id: draft.id });
    expect((await e2eDb().post.findUniqueOrThrow({ where: { id: draft.id } })).trashedAt).toBeInstanceOf(Date);
    expect(await failure(createCrestwoodClient({ url: baseURL! }).post.byId.query({ id: draft.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await e2eDb().apiToken.findFirstOrThrow({ where: { userId: user.id } })).lastUsedAt).toBeInstanceOf(Date);
  });

  test("answers validation errors with the fields to fix", async ({ baseURL }) => {
    const { token } = await createAuthorWithToken();
    const blog = createCrestwoodClient({ url: baseURL!, token });
    const error = await failure(blog.admin.post.create.mutate({ title: " ", bodyHtml: "", slug: "Not A Slug", status: "draft" }));
    expect(error).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { title: ["Enter a title."], slug: [expect.stringMatching(/lower-case/)] } });
    // The message is a sentence naming the fields, not a dump of zod's issues.
    expect(error?.message).toMatch(/^title: required; slug: Use lower-case letters, digits.*\.$/);
  });

  test("is refused without a token, with a revoked or expired one, and above the token's role", async ({ baseURL }) => {
    const post = { title: "Ska inte finnas", bodyHtml: "<p>x</p>", status: "draft" as const };
    const url = baseURL!;
    expect(await failure(createCrestwoodClient({ url }).admin.post.create.mutate(post))).toMatchObject({ code: "UNAUTHORIZED" });
    expect(await failure(createCrestwoodClient({ url, token: "cw_made-up" }).admin.post.create.mutate(post))).toMatchObject({
      code: "UNAUTHORIZED",
      message: expect.stringMatching(/not valid/),
    });
    const revoked = await createAuthorWithToken({ revoked: true });
    expect(await failure(createCrestwoodClient({ url, token: revoked.token }).admin.post.create.mutate(post))).toMatchObject({
      code: "UNAUTHORIZED",
      message: expect.stringMatching(/revoked/),
    });
    const expired = await createAuthorWithToken({ expired: true });
    expect(await failure(createCrestwoodClient({ url, token: expired.token }).admin.post.create.mutate(post))).toMatchObject({
      code: "UNAUTHORIZED",
      message: expect.stringMatching(/expired/),
    });
    const author = await createAuthorWithToken();
    expect(await failure(createCrestwoodClient({ url, token: author.token }).admin.user.list.query())).toMatchObject({ code: "FORBIDDEN" });
    expect(await e2eDb().post.count({ where: { title: post.title } })).toBe(0);
  });

  test("a rate limit says when to retry", async ({ baseURL }) => {
    const blog = createCrestwoodClient({ url: baseURL! });
    const email = `e2e-throttle-${randomUUID().slice(0, 8)}@example.org`;
    let error: CrestwoodError | null = null;
    for (let attempt = 0; attempt < 6 && error?.code !== "TOO_MANY_REQUESTS"; attempt++) {
      error = await failure(blog.auth.signIn.mutate({ email, password: "wrong password" }));
    }
    expect(error).toMatchObject({ code: "TOO_MANY_REQUESTS", retryAfterSeconds: expect.any(Number) });
    if (error?.code === "TOO_MANY_REQUESTS") expect(error.retryAfterSeconds).toBeGreaterThan(0);
  });
});
