// Spam on the comment form, without JavaScript as bots post it, and with it as people do.
import { expect, test, type Page } from "@playwright/test";
import { mintFormToken } from "@crestwood/api";
import { commentCount, createPublishedPost, e2eDb } from "../../factories/db";
import { PostPage } from "../../pages/post-page";

/**
 * A bot posts the form the moment it has it. A busy test machine may take longer than that between
 * rendering the page and sending it, so the post is rewritten on its way to carry a token issued
 * right then: the server sees exactly what a bot's instant post looks like.
 */
async function sendAtOnce(page: Page) {
  const { secret } = await e2eDb().blog.findUniqueOrThrow({ where: { id: 1 }, select: { secret: true } });
  await page.route("**/*", async (route) => {
    const body = route.request().postData();
    if (route.request().method() !== "POST" || !body?.includes('name="formToken"')) return route.continue();
    const rewritten = body.replace(/(name="formToken"\r\n\r\n)1\.\d+\.[A-Za-z0-9_-]{43}/, `$1${mintFormToken(secret)}`);
    await route.continue({ postData: rewritten });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a form sent at once (a bot's speed) comes back with the text kept; sent again after a moment, it is stored", async ({ page }) => {
    const post = await createPublishedPost();
    const reader = new PostPage(page);
    await reader.goto(post.path);
    const firstToken = await page.locator('input[name="formToken"]').inputValue();
    await reader.nameField.fill("Snabb");
    await reader.bodyField.fill("Skickad direkt.");
    await sendAtOnce(page);
    await reader.submit.click();
    await expect(page.locator("#comment-form").getByRole("alert")).toHaveText("Kontrollera din kommentar och skicka den igen.");
    await expect(reader.bodyField).toHaveValue("Skickad direkt.");
    await expect(reader.nameField).toHaveValue("Snabb");
    expect(await commentCount(post.id)).toBe(0);
    // A fresh token came with the answer: the fill time starts again.
    expect(await page.locator('input[name="formToken"]').inputValue()).not.toBe(firstToken);

    await page.unrouteAll();
    await reader.waitForFillTime();
    await reader.submit.click();
    await expect(reader.comment("Skickad direkt.")).toBeVisible();
    expect(await commentCount(post.id)).toBe(1);
  });

  test("a filled-in honeypot is refused and nothing is stored", async ({ page }) => {
    const post = await createPublishedPost();
    const reader = new PostPage(page);
    await reader.goto(post.path);
    // People never see the field; a bot fills in everything.
    await page.locator('input[name="honeypot"]').fill("http://spam.example");
    await reader.writeComment({ name: "Robot", body: "Billiga klockor." });
    await expect(page.locator("#comment-form").getByRole("alert")).toContainText("dolt fält");
    await expect(reader.bodyField).toHaveValue("Billiga klockor.");
    expect(await commentCount(post.id)).toBe(0);
  });

  test("a forged or missing form token is refused like an expired form", async ({ request }) => {
    const post = await createPublishedPost();
    for (const formToken of [undefined, "1.9999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "nonsense"]) {
      const response = await request.post("/api/trpc/comment.create", { data: { json: { postId: post.id, authorName: "Skript", body: "Hej", formToken } } });
      expect(response.status()).toBe(400);
      expect((await response.json()).error.json.data.issues).toEqual([expect.objectContaining({ path: ["formToken"] })]);
    }
    expect(await commentCount(post.id)).toBe(0);
  });
});

test("with JavaScript: many links wait for approval, and the same comment twice is refused", async ({ page }) => {
  const post = await createPublishedPost();
  const reader = new PostPage(page);
  await reader.goto(post.path);
  await reader.writeComment({ name: "Länkare", body: "Se https://a.example, https://b.example och www.c.example" });
  await expect(page.locator("#comment-form").getByRole("status")).toHaveText("Tack! Din kommentar visas när den har godkänts.");
  const held = await e2eDb().comment.findFirstOrThrow({ where: { postId: post.id } });
  expect(held.status).toBe("pending");

  await reader.goto(post.path);
  await reader.writeComment({ name: "Anna", body: "Tack för ett bra inlägg!" });
  await expect(reader.comment("Tack för ett bra inlägg!")).toBeVisible();
  await reader.writeComment({ name: "Anna", body: "Tack för ett  bra inlägg!" });
  await expect(page.locator("#comment-form").getByRole("alert")).toHaveText("Du har redan skickat den här kommentaren.");
  expect(await commentCount(post.id)).toBe(2);
});
