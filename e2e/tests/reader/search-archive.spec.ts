import { expect, test } from "@playwright/test";
import { createPublishedPost } from "../../factories/db";

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a reader searches from the search box and sees ranked, highlighted results", async ({ page }) => {
      const word = `sökord${Date.now()}${javaScriptEnabled ? "j" : "n"}`;
      const post = await createPublishedPost({ title: `Om ${word}`, bodyHtml: `<p>Här nämns ${word} &amp; mer.</p>` });
      await page.goto("/");
      await page.getByRole("searchbox", { name: "Sök i den här bloggen" }).fill(word);
      await page.getByRole("button", { name: "Sök" }).click();
      await expect(page).toHaveURL(new RegExp(`/search\\?q=${encodeURIComponent(word)}$`));
      const result = page.locator(".search-result");
      await expect(result).toHaveCount(1);
      await expect(result.getByRole("link")).toHaveAttribute("href", post.path);
      await expect(result.locator("mark").first()).toHaveText(word);
    });
  });
}

test("odd searches answer with a page, never an error", async ({ page }) => {
  for (const q of ['"', "OR", "NEAR(", "*", "a:b", "x".repeat(300)]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q).toBe(200);
  }
});

test("the archive widget opens the newest month and links every other period to its archive page", async ({ page }) => {
  await page.goto("/");
  const archive = page.getByRole("region", { name: "Bloggarkiv" });
  // Other tests add posts in other years: January 2009 is a month link under an open 2009, or inside
  // the link to 2009 itself. Either way the widget holds one month's titles, whatever the blog's size.
  const toJanuary = archive.locator('a[href="/2009/01/"]').or(archive.locator('a[href="/2009/"]'));
  await expect(toJanuary.first()).toBeVisible();
  await toJanuary.first().click();
  await expect(page).toHaveURL(/\/2009\/(01\/)?$/);
  await page.goto("/2009/01/");
  await expect(page.getByText("Visar inlägg från januari 2009.")).toBeVisible();
  await expect(page.locator(".post-title", { hasText: "Vem äger intranätet?" })).toBeVisible();
  await expect(page.locator(".post-title", { hasText: "Sociala medier på myndigheters intranät" })).toHaveCount(0);
  // The open parts fold like Blogger's, without JavaScript (<details>).
  const newestYear = archive.locator("details").first();
  await expect(newestYear).toHaveAttribute("open", "");
  await newestYear.locator("summary").first().click();
  await expect(newestYear).not.toHaveAttribute("open");
});

test("a static page shows at /p/ and stays out of the home page and the posts feed", async ({ page, request }) => {
  const staticPage = await createPublishedPost({ kind: "page", title: `Om bloggen ${Date.now()}` });
  await page.goto(staticPage.path);
  await expect(page.getByRole("heading", { level: 1, name: staticPage.title })).toBeVisible();
  await page.goto("/?max-results=100");
  await expect(page.locator(".post-title", { hasText: staticPage.title })).toHaveCount(0);
  // …but the Pages widget in the sidebar lists it.
  await expect(page.getByRole("complementary").getByRole("link", { name: staticPage.title })).toHaveAttribute("href", staticPage.path);
  expect(await (await request.get("/feeds/posts/default?max-results=100")).text()).not.toContain(staticPage.title);
});

test("a post page carries its title, description, OpenGraph and BlogPosting data", async ({ page }) => {
  const post = await createPublishedPost({ title: `Meta </script><b> ${Date.now()}` });
  await page.goto(post.path);
  await expect(page).toHaveTitle(`${post.title} | Norman Rockwell: Crestwood Train Station`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", "Ett inlägg som ett test äger.");
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`${post.path.replace(/\./g, "\\.")}$`));
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({ "@type": "BlogPosting", headline: post.title });
  // The title's "</script>" did not end the script early.
  expect(await page.locator('script[type="application/ld+json"]').innerHTML()).not.toContain("</script");
});
