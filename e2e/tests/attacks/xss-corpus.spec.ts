// An XSS corpus through the real comment form, in Chromium: no dialog, no injected element or
// attribute on the page, and the post's comment feeds still valid Atom and RSS.
import { expect, test } from "@playwright/test";
import { atomProblems, rssProblems } from "@crestwood/api/testing";
import { createCrestwoodClient } from "@crestwood/client";
import { createAuthorWithToken, createPublishedPost, e2eDb } from "../../factories/db";
import { corpusChunks, injectedIn, XSS_CORPUS } from "../../factories/xss-corpus";
import { PostPage } from "../../pages/post-page";

test("the XSS corpus posted through the comment form runs nowhere: page, feeds", async ({ page, baseURL }) => {
  test.slow();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const post = await createPublishedPost();
  const reader = new PostPage(page);
  const chunks = corpusChunks(3900);
  expect(chunks.length).toBeLessThanOrEqual(5);
  // Short vectors in the name field too (it holds 100 characters).
  const names = XSS_CORPUS.filter((vector) => vector.length <= 100);
  for (const [index, body] of chunks.entries()) {
    await reader.goto(post.path);
    await reader.writeComment({ name: names[index % names.length] ?? "x", url: `https://ok.example/"onmouseover="alert(${index})`, body });
    // Vectors full of links wait for approval (the spam rules): either way the form took them.
    await expect(reader.comment(`alert`).first().or(page.locator("#comment-form .form-notice"))).toBeVisible();
  }
  // The post's author approves them all through the API (so cached pages follow): approved, they
  // must still be harmless.
  const { user, token } = await createAuthorWithToken();
  await e2eDb().post.update({ where: { id: post.id }, data: { authorId: user.id } });
  const api = createCrestwoodClient({ url: baseURL!, token });
  for (const held of await e2eDb().comment.findMany({ where: { postId: post.id, status: "pending" }, select: { id: true } })) {
    await api.admin.comment.update.mutate({ id: held.id, status: "published" });
  }
  await reader.goto(post.path);
  await expect(page.locator(".comment")).toHaveCount(chunks.length);
  // Give anything that would run on load, on a timer or on an animation the chance to.
  await page.mouse.move(200, 400);
  await page.waitForTimeout(1500);
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(injectedIn, ".comment-thread")).toEqual([]);
  // The vectors are shown as text, as written.
  await expect(page.locator(".comment-body").first()).toContainText("<script>alert(1)</script>");

  for (const path of [`/feeds/${post.id}/comments/default`, "/feeds/comments/default"]) {
    const atom = await page.request.get(path);
    expect(atomProblems(await atom.text()), path).toEqual([]);
    const rss = await page.request.get(`${path}?alt=rss`);
    expect(rssProblems(await rss.text()), path).toEqual([]);
  }
});
