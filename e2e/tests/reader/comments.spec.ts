import { expect, test } from "@playwright/test";
import { commentCount, createPublishedPost } from "../../factories/db";
import { PostPage } from "../../pages/post-page";

test.describe("with JavaScript", () => {
  test("a reader posts a comment and sees it on the page at once (a plain form post: reader pages run no framework script)", async ({ page }) => {
    const post = await createPublishedPost();
    const postPage = new PostPage(page);
    await postPage.goto(post.path);
    await expect(postPage.commentsHeading).toHaveText("0 kommentarer:");
    await postPage.writeComment({ name: "Karin", url: "https://example.org/karin", body: "Med JavaScript <b>på</b>." });

    await expect(postPage.comment("Med JavaScript på.")).toBeVisible();
    await expect(postPage.commentsHeading).toHaveText("1 kommentar:");
    await expect(postPage.comment("Med JavaScript").getByRole("link", { name: "Karin", exact: true })).toHaveAttribute("rel", "nofollow ugc noopener");
    await expect(postPage.comment("Med JavaScript").locator("b")).toHaveText("på");
    expect(await page.locator("script:not([type='application/ld+json'])").evaluateAll((scripts) => scripts.filter((script) => script.hasAttribute("src")).length)).toBe(0);
  });

  test("an empty comment shows the field errors and stores nothing", async ({ page }) => {
    const post = await createPublishedPost();
    const postPage = new PostPage(page);
    await postPage.goto(post.path);
    await postPage.submit.click();
    await expect(page.getByText("Skriv ditt namn.")).toBeVisible();
    await expect(page.getByText("Skriv en kommentar.")).toBeVisible();
    await expect(postPage.nameField).toHaveAttribute("aria-invalid", "true");
    await expect(postPage.nameField).toHaveAttribute("aria-describedby", "authorName-error");

    await postPage.writeComment({ name: "Karin", url: "inte en adress", body: "Hej" });
    await expect(page.getByText("Skriv en webbadress som börjar med http:// eller https://.")).toBeVisible();
    await expect(postPage.nameField).toHaveValue("Karin");
    expect(await commentCount(post.id)).toBe(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the comment form works as a plain HTML form", async ({ page }) => {
    const post = await createPublishedPost();
    const postPage = new PostPage(page);
    await postPage.goto(post.path);
    await postPage.writeComment({ name: "Johan", body: "Utan JavaScript." });
    await expect(postPage.comment("Utan JavaScript.")).toBeVisible();
    await expect(postPage.commentsHeading).toHaveText("1 kommentar:");
  });

  test("an empty comment shows the field errors and stores nothing", async ({ page }) => {
    const post = await createPublishedPost();
    const postPage = new PostPage(page);
    await postPage.goto(post.path);
    await postPage.writeComment({ name: "", body: "   " });
    await expect(page.getByText("Skriv ditt namn.")).toBeVisible();
    await expect(page.getByText("Skriv en kommentar.")).toBeVisible();
    expect(await commentCount(post.id)).toBe(0);
  });
});
