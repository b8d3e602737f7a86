import { expect, test } from "@playwright/test";
import { expectAccessible, expectValidHtml } from "../../pages/quality";

const READER_PAGES = [
  "/",
  "/2009/02/sociala-medier-pa-myndigheters-intranat.html",
  "/2009/01/bloggar-som-internkommunikation.html",
  "/search/label/intran%C3%A4t",
  "/?updated-max=2009-01-10T00:00:00.000Z",
  "/2009/02/",
  "/2009/",
  "/search?q=intran%C3%A4t",
];

for (const path of READER_PAGES) {
  test(`${path} is valid HTML and passes axe`, async ({ page, request }) => {
    await expectValidHtml(request, path);
    await page.goto(path);
    await expectAccessible(page);
  });
}

test("the comment form's error state is accessible", async ({ page }) => {
  await page.goto("/2009/01/rss-pa-intranatet.html");
  await page.getByRole("button", { name: "Publicera" }).click();
  await expect(page.getByText("Skriv ditt namn.")).toBeVisible();
  await expectAccessible(page);
});

// An address no route matches is rendered on the server. (A page that finds nothing calls
// notFound(), which Next 16 renders in the browser: see docs/architecture.md.)
test("the 404 page is valid HTML and passes axe", async ({ page, request }) => {
  const path = "/finns/inte/alls/någonstans";
  const response = await request.get(path);
  expect(response.status()).toBe(404);
  await expectValidHtml(request, path);
  await page.goto(path);
  await expectAccessible(page);
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });

  for (const path of ["/", "/2009/02/sociala-medier-pa-myndigheters-intranat.html", "/search?q=intran%C3%A4t", "/2009/01/finns-inte.html"]) {
    test(`${path} passes axe (contrast included) with prefers-color-scheme: dark`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe("rgb(255, 255, 255)");
      await expectAccessible(page);
    });
  }
});

test("a page that finds nothing (notFound in a route) is valid HTML and passes axe", async ({ page, request }) => {
  const path = "/2009/01/finns-inte.html";
  expect((await request.get(path)).status()).toBe(404);
  await expectValidHtml(request, path);
  await page.goto(path);
  await expectAccessible(page);
});
