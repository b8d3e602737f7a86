import { expect, test } from "@playwright/test";
import { OWNER } from "../../factories/accounts";
import { createPublishedPost, e2eDb } from "../../factories/db";
import { SignInPage } from "../../pages/admin/sign-in-page";

// Runs after every other test (project "blog-wide"): it renames the blog for a moment.
test.describe.configure({ mode: "serial" });

let originalTitle = "";
test.beforeAll(async () => {
  originalTitle = (await e2eDb().blog.findUniqueOrThrow({ where: { id: 1 } })).title;
});
test.afterAll(async () => {
  await e2eDb().blog.update({ where: { id: 1 }, data: { title: originalTitle } });
});

test("the owner renames and merges labels, and a new blog title shows at once", async ({ page }) => {
  const suffix = Date.now().toString(36);
  const [a, b] = [`rename-me-${suffix}`, `merge-me-${suffix}`];
  const post = await createPublishedPost({ labels: [a] });
  await createPublishedPost({ labels: [b] });
  await new SignInPage(page).signInAndWait(OWNER);

  await page.goto("/admin/labels");
  const row = (name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  await expect(row(a).getByRole("cell").first()).toHaveText("1");
  const renamed = `renamed-${suffix}`;
  await row(a).getByRole("textbox").fill(renamed);
  await row(a).getByRole("button", { name: "Byt namn" }).click();
  await expect(row(renamed)).toBeVisible();

  await row(b).getByRole("combobox").selectOption({ label: renamed });
  // Merging asks first; saying no changes nothing.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await row(b).getByRole("button", { name: "Slå ihop" }).click();
  await expect(row(b)).toHaveCount(1);
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await row(b).getByRole("button", { name: "Slå ihop" }).click();
  await expect(row(b)).toHaveCount(0);
  expect(asked).toBe(`Slå ihop ${b} med ${renamed}? Inläggen med ${b} får etiketten ${renamed}, och ${b} försvinner.`);
  await expect(row(renamed).getByRole("cell").first()).toHaveText("2");

  await page.goto(post.path);
  await expect(page.locator(".post-labels")).toContainText(renamed);

  await page.goto("/admin/settings");
  // A refused value keeps everything typed (the title too).
  await page.getByRole("textbox", { name: "Bloggens titel" }).fill(`Ny titel ${suffix}`);
  await page.getByRole("textbox", { name: "Tidszon" }).fill("Mars/Olympus");
  await page.getByRole("button", { name: "Spara inställningar" }).click();
  await expect(page.getByRole("textbox", { name: "Tidszon" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("textbox", { name: "Bloggens titel" })).toHaveValue(`Ny titel ${suffix}`);
  await expect(page.getByRole("textbox", { name: "Tidszon" })).toHaveValue("Mars/Olympus");
  await page.getByRole("textbox", { name: "Tidszon" }).fill("Europe/Stockholm");
  await page.getByRole("button", { name: "Spara inställningar" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Inställningarna är sparade." })).toBeVisible();
  await page.goto("/");
  await expect(page.locator(".blog-title")).toHaveText(`Ny titel ${suffix}`);
});
