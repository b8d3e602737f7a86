import { expect, test } from "@playwright/test";
import { createCrestwoodClient } from "@crestwood/client";
import { OWNER } from "../../factories/accounts";
import { SignInPage } from "../../pages/admin/sign-in-page";
import { expectAccessible, expectValidHtml } from "../../pages/quality";

test("the owner creates an API token (shown once) that a script can use, then revokes it", async ({ page, baseURL }) => {
  const name = `skript-${Date.now().toString(36)}`;
  await new SignInPage(page).signInAndWait(OWNER);
  await page.goto("/admin/tokens");
  await expect(page.getByRole("heading", { level: 1, name: "API-nycklar" })).toBeVisible();

  await page.getByRole("button", { name: "Skapa nyckel" }).click();
  await expect(page.getByText("Skriv ett namn.")).toBeVisible();

  await page.getByRole("textbox", { name: "Namn (vad ska använda nyckeln?)" }).fill(name);
  await page.getByRole("spinbutton", { name: "Giltig i antal dagar (valfritt)" }).fill("30");
  await page.getByRole("button", { name: "Skapa nyckel" }).click();
  const shown = page.getByRole("textbox", { name: /Kopiera den nu/ });
  await expect(shown).toHaveValue(/^cw_/);
  const token = await shown.inputValue();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
  await expect(row).toContainText("aktiv");
  await expectAccessible(page);

  const client = createCrestwoodClient({ url: baseURL ?? "", token });
  await expect(client.admin.post.list.query({})).resolves.toBeTruthy();

  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: `Återkalla ${name}` }).click();
  await expect(row).toContainText("återkallad");
  await expect(client.admin.post.list.query({})).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
  await page.reload();
  await expect(page.getByRole("textbox", { name: /Kopiera den nu/ })).toHaveCount(0);
});

test("the tokens page is valid HTML", async ({ page }) => {
  await new SignInPage(page).signInAndWait(OWNER);
  // page.request shares the signed-in browser's cookies.
  const response = await page.request.get("/admin/tokens", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  await expectValidHtml(page.request, "/admin/tokens");
});
