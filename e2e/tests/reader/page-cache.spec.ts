// The rendered-page cache in front of Next (apps/web/server/page-cache): answers from memory, and
// exact — every change is on the very next request, whatever path it came by.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createCrestwoodClient } from "@crestwood/client";
import { createAuthorWithToken, createPublishedPost, e2eDb } from "../../factories/db";
import { rawGet } from "../../factories/http";
import { signedInAuthor } from "../../factories/sessions";
import { PostPage } from "../../pages/post-page";

/**
 * Asks until the page comes from the cache: the first request renders and stores it, but tests
 * running alongside publish posts, which drop every page with the archive widget.
 */
async function warm(baseURL: string, path: string, headers: Record<string, string> = {}) {
  for (let attempt = 0; attempt < 8; attempt++) {
    const response = await rawGet(baseURL, path, headers);
    if (response.cache === "hit") return response;
  }
  throw new Error(`${path} never came from the cache`);
}

/** React puts a comment between a count and its colon. */
const oneComment = /1 kommentar(<!-- -->)?:/;

test("a cached post page shows a comment posted through the form on the next request", async ({ page, baseURL }) => {
  const post = await createPublishedPost();
  await warm(baseURL!, post.path);
  const postPage = new PostPage(page);
  await postPage.goto(post.path);
  const body = `Via formuläret ${randomUUID().slice(0, 8)}`;
  await postPage.writeComment({ name: "Formulärläsare", body });
  await expect(postPage.comment(body)).toBeVisible();
  const next = await rawGet(baseURL!, post.path);
  expect(next.body).toContain(body);
  expect(next.body).toMatch(oneComment);
});

test("a cached post page and its feeds show a comment posted through @crestwood/client on the next request", async ({ baseURL }) => {
  const post = await createPublishedPost();
  const feed = `/feeds/${post.id}/comments/default`;
  for (const path of [post.path, feed, "/feeds/comments/default"]) await warm(baseURL!, path);

  const body = `Via klienten ${randomUUID().slice(0, 8)}`;
  // A script with an API token (an anonymous one would need a form token old enough: see spam rules).
  const { token } = await createAuthorWithToken();
  await createCrestwoodClient({ url: baseURL!, token }).comment.create.mutate({ postId: post.id, authorName: "Skript", body });

  const [page, commentsFeed, blogComments] = await Promise.all([rawGet(baseURL!, post.path), rawGet(baseURL!, feed), rawGet(baseURL!, "/feeds/comments/default")]);
  expect(page.body).toContain(body);
  expect(page.body).toMatch(oneComment);
  expect(commentsFeed.body).toContain(body);
  expect(blogComments.body).toContain(body);
});

test("a comment approved by moderation is on the cached page on the next request", async ({ baseURL }) => {
  const { user, token } = await createAuthorWithToken();
  const post = await createPublishedPost();
  await e2eDb().post.update({ where: { id: post.id }, data: { authorId: user.id } });
  const body = `Väntade på granskning ${randomUUID().slice(0, 8)}`;
  // Held for moderation: readers do not see it, so nothing is announced.
  const held = await e2eDb().comment.create({ data: { postId: post.id, authorName: "Läsare", bodyHtml: `<p>${body}</p>`, status: "pending" } });
  const before = await rawGet(baseURL!, post.path);
  expect(before.body).not.toContain(body);
  await warm(baseURL!, post.path);

  await createCrestwoodClient({ url: baseURL!, token }).admin.comment.update.mutate({ id: held.id, status: "published" });
  expect((await rawGet(baseURL!, post.path)).body).toContain(body);
});

test("a signed-in author never gets a cached page, and what is rendered for them is never served to readers", async ({ page, context, baseURL }) => {
  const post = await createPublishedPost();
  await signedInAuthor(context, baseURL!);
  const author = await page.request.get(post.path);
  expect(author.headers()["x-crestwood-cache"]).toBe("pass");
  expect((await page.request.get(post.path)).headers()["x-crestwood-cache"]).toBe("pass");
  // The author's renders were not stored: the first anonymous request renders its own.
  const reader = await rawGet(baseURL!, post.path);
  expect(reader.cache).toBe("miss");
  await warm(baseURL!, post.path);
  // And the author still is not given the readers' copy.
  expect((await page.request.get(post.path)).headers()["x-crestwood-cache"]).toBe("pass");
});

test("a Host other than the blog's cannot plant an entry another Host is served", async ({ baseURL }) => {
  const post = await createPublishedPost();
  const evil = await rawGet(baseURL!, post.path, { host: "evil.example" });
  expect(evil.status).toBe(200);
  expect(evil.body).toContain("http://evil.example");
  await warm(baseURL!, post.path, { host: "evil.example" });
  const real = await rawGet(baseURL!, post.path);
  expect(real.body).not.toContain("evil.example");
  // A Host that is no host name falls back to the same safe origin for everyone.
  const junk = await rawGet(baseURL!, post.path, { host: "a b\"<x>" });
  expect(junk.body).not.toContain("<x>");
});

test("cached pages come with their validators, encodings and security headers", async ({ baseURL }) => {
  const post = await createPublishedPost();
  const first = await warm(baseURL!, post.path);
  expect(first.headers["cache-control"]).toBe("no-cache");
  expect(first.headers["content-security-policy"]).toMatch(/script-src 'sha256-[^']+'; /);
  expect(first.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
  expect(first.headers["x-content-type-options"]).toBe("nosniff");
  expect(first.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const etag = first.headers.etag as string;
  expect((await rawGet(baseURL!, post.path, { "if-none-match": etag })).status).toBe(304);
  // Each response carries a comment form token of its own, the cached bytes notwithstanding.
  const token = (html: string) => /name="formToken" value="([^"]+)"/.exec(html)?.[1];
  expect(token(first.body)).toMatch(/^1\.\d+\.[\w-]{43}$/);
  const gzip = await rawGet(baseURL!, post.path, { "accept-encoding": "gzip" });
  expect(gzip.headers["content-encoding"]).toBe("gzip");
  // Requests for React Server Component payloads never get the cached HTML.
  const rsc = await rawGet(baseURL!, post.path, { rsc: "1" });
  expect(rsc.cache).toBeUndefined();
  expect(String(rsc.headers["content-type"])).not.toContain("text/html");
});

test("unknown query parameters share the page's entry; the ones a page reads do not", async ({ baseURL }) => {
  const post = await createPublishedPost();
  await warm(baseURL!, post.path);
  await warm(baseURL!, `${post.path}?utm_source=nyhetsbrev&fbclid=x`);
  const plain = await rawGet(baseURL!, post.path);
  expect(plain.body).not.toContain("Din kommentar visas när den har godkänts.");
  const pending = await rawGet(baseURL!, `${post.path}?comment=pending&utm_source=x`);
  expect(pending.body).toContain("Din kommentar visas när den har godkänts.");
});
