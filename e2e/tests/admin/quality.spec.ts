import { test } from "@playwright/test";
import { createAuthor } from "../../factories/accounts";
import { SignInPage } from "../../pages/admin/sign-in-page";
import { expectAccessible, expectValidHtml } from "../../pages/quality";

test("the sign-in page is valid HTML and passes axe", async ({ page, request }) => {
  await expectValidHtml(request, "/admin/sign-in");
  await page.goto("/admin/sign-in");
  await expectAccessible(page);
});

test("the author's pages are valid HTML and pass axe", async ({ page }) => {
  await new SignInPage(page).signInAndWait(createAuthor());
  for (const path of ["/admin/posts", "/admin/posts/new", "/admin/comments"]) {
    // The context's request client carries the session cookie.
    await expectValidHtml(page.context().request, path);
    await page.goto(path);
    await expectAccessible(page);
  }
});
