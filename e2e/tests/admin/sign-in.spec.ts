import { expect, test } from "@playwright/test";
import { createAuthor } from "../../factories/accounts";
import { SignInPage, signOutButton } from "../../pages/admin/sign-in-page";

test("repeated failed sign-ins are throttled, in the form and over HTTP with 429 and Retry-After", async ({ page, request }) => {
  const author = createAuthor();
  const signIn = new SignInPage(page);
  await signIn.goto();
  for (let i = 0; i < 5; i++) {
    await signIn.signIn({ email: author.email, password: `fel lösenord ${i}` });
    await expect(signIn.alert).toHaveText("Fel e-postadress eller lösenord.");
    await signIn.waitUntilReady();
  }
  // Now even the right password waits.
  await signIn.signIn(author);
  await expect(signIn.alert).toHaveText(/^För många misslyckade inloggningar\. Försök igen om \d+ minut(er)?, eller logga in från en webbläsare du har loggat in med förut\.$/);
  await expect(page).toHaveURL(/\/admin\/sign-in/);

  // The same account over the API, from the same address: 429 and when to come back.
  const response = await request.post("/api/trpc/auth.signIn", { data: { json: { email: author.email, password: author.password } } });
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
});

test("sign out ends the session for good, and sign out everywhere ends the other devices too", async ({ browser }) => {
  const author = createAuthor();
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const laptopPage = await laptop.newPage();
  const phonePage = await phone.newPage();
  await new SignInPage(laptopPage).signInAndWait(author);
  await new SignInPage(phonePage).signInAndWait(author);

  // A copy of the laptop's cookie is worthless after signing out.
  const [copied] = (await laptop.cookies()).filter((c) => c.name === "crestwood_session");
  await signOutButton(laptopPage).click();
  await expect(laptopPage).toHaveURL(/\/admin\/sign-in\?signed-out=1$/);
  if (copied) await laptop.addCookies([copied]);
  await laptopPage.goto("/admin/posts");
  await expect(laptopPage).toHaveURL(/\/admin\/sign-in\?next=/);

  await new SignInPage(laptopPage).signInAndWait(author);
  await signOutButton(laptopPage, true).click();
  await expect(laptopPage).toHaveURL(/\/admin\/sign-in\?signed-out=1$/);
  await phonePage.goto("/admin/posts");
  await expect(phonePage).toHaveURL(/\/admin\/sign-in\?next=/);
  await laptop.close();
  await phone.close();
});

test("after sign-in only same-origin paths are followed", async ({ page }) => {
  const author = createAuthor();
  for (const next of ["//evil.example", "https://evil.example/admin", "/\\evil.example", "javascript:alert(1)"]) {
    await page.context().clearCookies();
    const signIn = new SignInPage(page);
    await signIn.goto(next);
    await signIn.signIn(author);
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/admin\/posts$/);
  }
  await page.context().clearCookies();
  const signIn = new SignInPage(page);
  await signIn.goto("/admin/comments?status=spam");
  await signIn.signIn(author);
  await expect(page).toHaveURL(/\/admin\/comments\?status=spam$/);
});
