import { expect, test } from "@playwright/test";
import { OWNER } from "../../factories/accounts";
import { SignInPage } from "../../pages/admin/sign-in-page";

// The settings form once showed the old language after saving (and a message in it), so the
// next save put the old language back. Saving now reloads the page in the language just chosen.
test("choosing a language saves it, says so in that language, and a second save keeps it", async ({ page }) => {
  await new SignInPage(page).signInAndWait(OWNER);
  await page.goto("/admin/settings");
  await page.getByRole("combobox", { name: "Språk" }).selectOption({ label: "Engelska" });
  await page.getByRole("button", { name: "Spara inställningar" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("en");

  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("en");
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.goto("/admin/settings");
  await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "Swedish" });
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Inställningarna är sparade." })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Språk" })).toHaveValue("sv");
});
