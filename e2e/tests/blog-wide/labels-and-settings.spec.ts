import { expect, test } from "@playwright/test";
import { announceChanges } from "@crestwood/api";
import { OWNER } from "../../factories/accounts";
import { createPublishedPost, e2eDb } from "../../factories/db";
import { rawGet } from "../../factories/http";
import { SignInPage } from "../../pages/admin/sign-in-page";

// Runs after every other test (project "blog-wide"): it renames the blog for a moment.
test.describe.configure({ mode: "serial" });

let originalTitle = "";
test.beforeAll(async () => {
  originalTitle = (await e2eDb().blog.findUniqueOrThrow({ where: { id: 1 } })).title;
});
test.afterAll(async () => {
  await e2eDb().blog.update({ where: { id: 1 }, data: { title: originalTitle, allowedOrigins: "" } });
  // Written straight into the database: announced, so cached pages follow (as the admin's save does).
  await announceChanges(e2eDb(), [{ type: "settings.changed" }]);
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
  await page.getByRole("combobox", { name: "Tidszon" }).fill("Mars/Olympus");
  await page.getByRole("button", { name: "Spara inställningar" }).click();
  await expect(page.getByRole("combobox", { name: "Tidszon" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("textbox", { name: "Bloggens titel" })).toHaveValue(`Ny titel ${suffix}`);
  await expect(page.getByRole("combobox", { name: "Tidszon" })).toHaveValue("Mars/Olympus");
  await page.getByRole("combobox", { name: "Tidszon" }).fill("Europe/Stockholm");
  await page.getByRole("button", { name: "Spara inställningar" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Inställningarna är sparade." })).toBeVisible();
  await page.goto("/");
  await expect(page.locator(".blog-title")).toHaveText(`Ny titel ${suffix}`);
});

test("origins the owner allows in Settings reach reader pages' Content-Security-Policy at once", async ({ page, baseURL }) => {
  const csp = async (path: string) => {
    const response = await rawGet(baseURL!, path);
    return { policy: String(response.headers["content-security-policy"]), cache: response.cache };
  };
  await rawGet(baseURL!, "/");
  const before = await csp("/");
  expect(before.cache).toBe("hit");
  expect(before.policy).not.toContain("https://stats.example.com");

  await new SignInPage(page).signInAndWait(OWNER);
  await page.goto("/admin/settings");
  const origins = page.getByRole("textbox", { name: "Tillåtna ursprung för prylar och statistik" });
  await origins.fill("https://stats.example.com/path");
  await page.getByRole("button", { name: "Spara inställningar" }).click();
  await expect(origins).toHaveAccessibleDescription(/Skriv https:\/\/-ursprung utan sökväg/);
  await expect(origins).toHaveValue("https://stats.example.com/path");

  await origins.fill("https://stats.example.com\nhttps://gadgets.example.org");
  await page.getByRole("button", { name: "Spara inställningar" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Inställningarna är sparade." })).toBeVisible();
  const after = await csp("/");
  expect(after.policy).toMatch(/script-src [^;]*https:\/\/stats\.example\.com https:\/\/gadgets\.example\.org/);
  expect(after.policy).toMatch(/frame-src [^;]*https:\/\/stats\.example\.com/);
  // Cached again under the new policy: the header is the settings', not the stored page's.
  expect((await csp("/")).policy).toBe(after.policy);
  expect((await csp("/admin/settings")).policy).not.toContain("https://stats.example.com");

  await origins.fill("");
  await page.getByRole("button", { name: "Spara inställningar" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Inställningarna är sparade." })).toBeVisible();
  expect((await csp("/")).policy).toBe(before.policy);
});
