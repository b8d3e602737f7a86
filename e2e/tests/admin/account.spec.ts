import { expect, test } from "@playwright/test";
import { createAuthor } from "../../factories/accounts";
import { linkPath, waitForMail } from "../../factories/outbox";
import { AccountPage } from "../../pages/admin/account-page";
import { SignInPage } from "../../pages/admin/sign-in-page";

test("changing the password needs the current one and signs out the other session, not this one", async ({ browser }) => {
  // Two browsers signing in and out: long on a busy machine.
  test.slow();
  const author = createAuthor();
  const laptop = await browser.newContext();
  const phone = await browser.newContext({ userAgent: "Mozilla/5.0 (iPhone) E2E-telefon" });
  const laptopPage = await laptop.newPage();
  const phonePage = await phone.newPage();
  await new SignInPage(laptopPage).signInAndWait(author);
  await new SignInPage(phonePage).signInAndWait(author);

  const account = new AccountPage(laptopPage);
  await account.goto();
  await expect(account.sessionRows()).toHaveCount(2);
  await expect(account.sessionRows().filter({ hasText: "E2E-telefon" })).toBeVisible();
  await expect(account.sessionRows().filter({ hasText: "(den här)" })).toHaveCount(1);

  await account.currentPassword.fill("inte mitt lösenord");
  await account.newPassword.fill("ett nytt långt lösenord");
  await account.changePassword.click();
  await expect(laptopPage.getByText("Det är inte ditt nuvarande lösenord.")).toBeVisible();

  await account.currentPassword.fill(author.password);
  await account.newPassword.fill("ett nytt långt lösenord");
  await account.changePassword.click();
  await expect(account.passwordNotice).toHaveText("Lösenordet är bytt, och 1 annan inloggning har loggats ut.");

  // The phone is out; the laptop is still in, and the phone's row is gone.
  await phonePage.goto("/admin/posts");
  await expect(phonePage).toHaveURL(/\/admin\/sign-in\?next=/);
  await account.goto();
  await expect(account.sessionRows()).toHaveCount(1);
  await laptopPage.goto("/admin/posts");
  await expect(laptopPage.getByRole("heading", { level: 1, name: "Inlägg" })).toBeVisible();

  // The old password no longer signs in; the new one does; the account was told by mail.
  const signIn = new SignInPage(phonePage);
  await signIn.goto();
  await signIn.signIn(author);
  await expect(signIn.alert).toHaveText("Fel e-postadress eller lösenord.");
  await signIn.waitUntilReady();
  await signIn.signInAndWait({ email: author.email, password: "ett nytt långt lösenord" });
  expect((await waitForMail(author.email)).subject).toMatch(/^Ditt lösenord för .+ är ändrat$/);
  await laptop.close();
  await phone.close();
});

test("a forgotten password is reset through the link in the mail, which works once", async ({ page }) => {
  const author = createAuthor();
  await page.goto("/admin/sign-in");
  await page.getByRole("link", { name: "Glömt lösenordet?" }).click();
  // The sign-in page has an "E-postadress" box too: fill the one on the new page, not the old one.
  await expect(page.getByRole("heading", { level: 1, name: "Glömt lösenordet?" })).toBeVisible();
  await page.getByRole("textbox", { name: "E-postadress" }).fill(author.email);
  await page.getByRole("button", { name: "Skicka länken" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Om adressen hör till ett konto har vi skickat en länk dit\./);

  const mail = await waitForMail(author.email);
  expect(mail.subject).toMatch(/^Nytt lösenord för /);
  expect(mail.html).toContain('lang="sv"');
  const link = linkPath(mail, "/admin/reset-password");
  await page.goto(link);
  await page.getByRole("textbox", { name: "Nytt lösenord" }).fill("återställt lösenord 123");
  await page.getByRole("button", { name: "Spara lösenordet" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in\?reset=1$/);
  await expect(page.getByRole("status")).toHaveText("Lösenordet är bytt. Logga in med det nya.");
  await new SignInPage(page).signInAndWait({ email: author.email, password: "återställt lösenord 123" });

  // Spent: the same link now says so instead of showing the form.
  await page.goto(link);
  await expect(page.getByText("Länken har slutat gälla eller är redan använd.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Nytt lösenord" })).toHaveCount(0);
});
