import { expect, test } from "@playwright/test";
import { PostPage } from "../../pages/post-page";

const SEED_TITLE = "Sociala medier på myndigheters intranät";

test("a reader opens the home page and then the reference post with every part in order", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Norman Rockwell: Crestwood Train Station");
  await expect(page.locator(".blog-header")).toContainText("Norman Rockwell: Crestwood Train Station");
  await expect(page.locator(".blog-description")).toContainText("Om intranät");
  await expect(page.locator(".date-header").first()).toHaveText("måndag 2 februari 2009");
  await expect(page.getByRole("link", { name: "Äldre inlägg" })).toBeVisible();

  await page.getByRole("main").getByRole("link", { name: SEED_TITLE }).click();
  await expect(page).toHaveURL(/\/2009\/02\/sociala-medier-pa-myndigheters-intranat\.html$/);
  const post = new PostPage(page);

  // The body keeps the ordered list with bold English headings, and the Swedish text.
  const list = page.locator(".post-body ol > li");
  await expect(list).toHaveCount(6);
  await expect(list.first().locator("b")).toHaveText("Risks");
  await expect(list.nth(5).locator("b")).toHaveText("Available Resources");
  await expect(page.locator(".post-body")).toContainText("Åtminstone - sätt igång diskussionen.");

  const parts = [
    page.locator(".blog-header"),
    page.locator(".date-header"),
    page.getByRole("heading", { level: 1, name: SEED_TITLE }),
    page.locator(".post-body"),
    page.locator(".post-labels"),
    page.locator(".post-author"),
    post.commentsHeading,
    page.getByRole("heading", { name: "Skicka en kommentar" }),
    page.getByRole("link", { name: "Prenumerera på Kommentarer till inlägget [Atom]" }),
    page.getByRole("link", { name: "<< Startsida" }),
  ];
  const tops: number[] = [];
  for (const part of parts) {
    await expect(part).toBeVisible();
    tops.push((await part.boundingBox())?.y ?? -1);
  }
  expect(tops).toEqual([...tops].sort((a, b) => a - b));

  await expect(page.locator(".date-header")).toHaveText("måndag 2 februari 2009");
  await expect(page.locator(".post-labels")).toHaveText(/^Etiketter: Enterprise 2\.0, intranät, myndigheter, offentlig sektor, sociala medier$/);
  await expect(page.locator(".post-author")).toHaveText("Upplagd av Redaktionen kl. 10:14");
  await expect(post.commentsHeading).toHaveText("0 kommentarer:");

  await page.getByRole("link", { name: "intranät", exact: true }).first().click();
  await expect(page).toHaveURL(/\/search\/label\/intran%C3%A4t$/);
  await expect(page.getByText("Visar inlägg med etiketten intranät.")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: SEED_TITLE })).toBeVisible();
  await expect(page.getByRole("link", { name: "Vem äger intranätet?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bloggar som internkommunikation" })).toHaveCount(0);

  await page.goBack();
  await page.getByRole("link", { name: "<< Startsida" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("older posts page on and show threaded comments with their count", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Äldre inlägg" }).click();
  await expect(page).toHaveURL(/updated-max=/);
  await expect(page.getByRole("link", { name: "Välkommen till bloggen" })).toBeVisible();

  await page.goto("/");
  await page.getByRole("link", { name: "3 kommentarer" }).click();
  await expect(page.locator("#comments-heading")).toHaveText("3 kommentarer:");
  const reply = page.locator(".comment .comment").filter({ hasText: "motiveringen" });
  await expect(reply).toBeVisible();
});

test("an unknown address gets the blog's 404 page", async ({ page }) => {
  for (const path of ["/2009/02/finns-inte.html", "/search/label/finns-inte", "/nothing/here/at/all"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Sidan hittades inte" })).toBeVisible();
  }
});
