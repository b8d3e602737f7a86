import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createDraftPost, createPublishedPost, createStaticPage } from "../../factories/db";
import { signedInAuthor } from "../../factories/sessions";

// Every admin page at a phone's width and a desktop's: nothing wider than the screen, and a
// screenshot of each (test-results/screens/) for a person to look at.
const SCREENS = join(import.meta.dirname, "../../test-results/screens");
const WIDTHS = [390, 1280] as const;

async function expectNoSidewaysScroll(page: Page, name: string) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
  expect(widths.page, `${name} is ${widths.page}px wide on a ${widths.screen}px screen`).toBeLessThanOrEqual(widths.screen);
}

async function capture(page: Page, name: string, width: number) {
  await expectNoSidewaysScroll(page, `${name} at ${width}`);
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}-${width}.png`), fullPage: true });
}

test.describe("the admin at phone and desktop width", () => {
  for (const width of WIDTHS) {
    test(`every admin page fits ${width} px`, async ({ page, context, baseURL }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.goto("/admin/sign-in");
      await capture(page, "sign-in", width);

      const { user } = await signedInAuthor(context, baseURL!, "owner");
      const long = "Ett-mycket-långt-ord-utan-mellanslag-som-inte-får-spräcka-tabellen".repeat(2);
      await createPublishedPost({ title: `Publicerat inlägg med en lång rubrik som ska radbrytas ${long}`, labels: ["Resor", "Gotland"] });
      const draft = await createDraftPost(user.id, `<h2>Rubrik</h2><p>Text med <a href="https://example.org">länk</a>.</p><table><tr><th>År</th><th>Antal</th></tr><tr><td>2008</td><td>12</td></tr></table><div class="separator" style="clear: both; text-align: center;"><a href="https://example.org/big.jpg"><img src="https://example.org/small.jpg" width="400" height="300"></a></div>`, `Utkast ${long}`);
      const staticPage = await createStaticPage(user.id);

      const pages: [string, string][] = [
        ["posts", "/admin/posts"],
        ["post-new", "/admin/posts/new"],
        ["post-edit", `/admin/posts/${draft.id}`],
        ["post-preview", `/admin/posts/${draft.id}/preview`],
        ["pages", "/admin/pages"],
        ["page-new", "/admin/pages/new"],
        ["page-edit", `/admin/pages/${staticPage.id}`],
        ["comments", "/admin/comments"],
        ["media", "/admin/media"],
        ["labels", "/admin/labels"],
        ["settings", "/admin/settings"],
        ["authors", "/admin/authors"],
        ["tokens", "/admin/tokens"],
      ];
      for (const [name, path] of pages) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.locator("h1").first()).toBeVisible();
        // The editor mounts in the browser; wait for it where there is one.
        if (name.endsWith("-new") || name.endsWith("-edit")) await expect(page.getByRole("textbox", { name: "Text", exact: true })).toBeVisible();
        await capture(page, name, width);
      }
    });
  }

  test("an author's 403 page fits a phone", async ({ page, context, baseURL }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signedInAuthor(context, baseURL!, "author");
    const response = await page.goto("/admin/settings");
    expect(response?.status()).toBe(403);
    await capture(page, "forbidden", 390);
  });
});
