import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { OWNER } from "../../factories/accounts";
import { createPublishedPost, e2eDb } from "../../factories/db";
import { SignInPage } from "../../pages/admin/sign-in-page";
import { PostPage } from "../../pages/post-page";
import { expectAccessible } from "../../pages/quality";

// Blog-wide: it changes the comment spam settings (and puts them back).
test.afterAll(async () => {
  await e2eDb().blog.update({ where: { id: 1 }, data: { commentMaxLinks: 2, commentBlocklist: "", akismetKey: null } });
});

test("the owner blocklists a word in the settings; a comment with it waits for approval", async ({ page, browser }) => {
  const word = `spamord${randomUUID().slice(0, 6)}`;
  await new SignInPage(page).signInAndWait(OWNER);
  await page.goto("/admin/settings");
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "Skräppost i kommentarer" }) });
  await form.getByRole("spinbutton", { name: "Största antal länkar i en kommentar" }).fill("-3");
  await form.getByRole("button", { name: "Spara" }).click();
  await expect(form.getByText("Skriv ett heltal från 0 till 100.")).toBeVisible();

  await form.getByRole("spinbutton", { name: "Största antal länkar i en kommentar" }).fill("2");
  await form.getByRole("textbox", { name: "Spärrade ord" }).fill(`# reklam\n${word}\n`);
  await form.getByRole("button", { name: "Spara" }).click();
  await expect(form.getByRole("status")).toHaveText("Skräppostinställningarna är sparade.");
  await expect(form.getByRole("textbox", { name: "Spärrade ord" })).toHaveValue(`# reklam\n${word}\n`);
  await expectAccessible(page);

  const post = await createPublishedPost();
  const readerPage = await browser.newPage();
  const reader = new PostPage(readerPage);
  await reader.goto(post.path);
  await reader.writeComment({ name: "Säljare", body: `Köp ${word.toUpperCase()} nu!` });
  await expect(readerPage.locator("#comment-form").getByRole("status")).toHaveText("Tack! Din kommentar visas när den har godkänts.");
  expect((await e2eDb().comment.findFirstOrThrow({ where: { postId: post.id } })).status).toBe("pending");
  await readerPage.close();
});
