import { expect, test } from "@playwright/test";
import { OWNER } from "../../factories/accounts";
import { SignInPage, signOutButton } from "../../pages/admin/sign-in-page";

// Runs first (project "setup"): the demo blog has an author without a password and no owner.
test("the first visit to /admin creates the owner once, then it is sign-in only", async ({ page, browser }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/setup$/);
  await expect(page.getByRole("heading", { level: 1, name: "Skapa bloggens ägare" })).toBeVisible();

  await page.getByRole("textbox", { name: "E-postadress" }).fill(OWNER.email);
  await page.getByRole("textbox", { name: "Namn" }).fill(OWNER.name);
  await page.getByLabel("Lösenord", { exact: true }).fill(OWNER.password);
  await page.getByRole("button", { name: "Skapa konto" }).click();
  await expect(page).toHaveURL(/\/admin\/posts$/);
  await expect(page.getByRole("heading", { level: 1, name: "Inlägg" })).toBeVisible();
  await expect(page.getByText(`Inloggad som ${OWNER.name}`)).toBeVisible();

  const [cookie] = (await page.context().cookies()).filter((c) => c.name === "crestwood_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });

  // The setup form is gone, for everyone.
  const stranger = await browser.newPage();
  await stranger.goto("/admin/setup");
  await expect(stranger).toHaveURL(/\/admin\/sign-in$/);
  await stranger.close();

  // Signing out ends the session; signing in again goes back where the owner was headed.
  await signOutButton(page).click();
  await expect(page).toHaveURL(/\/admin\/sign-in\?signed-out=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Du är utloggad." })).toBeVisible();
  await page.goto("/admin/comments");
  await expect(page).toHaveURL(/\/admin\/sign-in\?next=%2Fadmin%2Fcomments$/);
  await new SignInPage(page).signIn(OWNER);
  await expect(page).toHaveURL(/\/admin\/comments$/);
});
