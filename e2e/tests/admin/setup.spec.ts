import { expect, test } from "@playwright/test";
import { OWNER, printSetupLink } from "../../factories/accounts";
import { SignInPage, signOutButton } from "../../pages/admin/sign-in-page";

// Runs first (project "setup"): the demo blog has an author without a password and no owner.
test("a fresh blog's owner is made once, only through the setup link printed on the server, then it is sign-in only", async ({ page, browser, request }) => {
  // The first visitor without the link gets no form: they cannot claim the blog.
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/setup$/);
  await expect(page.getByRole("heading", { level: 1, name: "Skapa bloggens ägare" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("pnpm crestwood setup-link");
  await expect(page.getByRole("button", { name: "Skapa konto" })).toHaveCount(0);
  await page.goto("/admin/setup?token=gissad-token-utan-lank");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Länken är ogiltig");
  await expect(page.getByRole("button", { name: "Skapa konto" })).toHaveCount(0);
  // Nor can they post the setup form's action or call the procedure without a valid token.
  const forged = await request.post("/api/trpc/auth.setup", {
    data: { json: { email: "inkraktare@example.org", name: "Inkräktare", password: "ett långt lösenord", setupToken: "gissad" } },
  });
  expect(forged.status()).toBe(403);

  // The owner prints a link on the server (`pnpm crestwood setup-link`) and opens it.
  await page.goto(printSetupLink());

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
