import { expect, test } from "@playwright/test";
import { announceChanges } from "@crestwood/api";
import { OWNER } from "../../factories/accounts";
import { e2eDb } from "../../factories/db";
import { ModerationPage } from "../../pages/admin/moderation-page";
import { PostEditorPage } from "../../pages/admin/post-editor-page";
import { SignInPage, signOutButton } from "../../pages/admin/sign-in-page";
import { PostPage } from "../../pages/post-page";

// Runs after every other test (project "blog-wide"): it makes the whole blog moderated.
test.describe.configure({ mode: "serial" });

test.afterAll(async () => {
  await e2eDb().blog.update({ where: { id: 1 }, data: { commentPolicy: "open" } });
  // Written straight into the database: announced, so cached pages follow (as the admin's save does).
  await announceChanges(e2eDb(), [{ type: "settings.changed" }]);
});

test("the owner writes and publishes a post with two labels, moderates a reader's comment and replies", async ({ page, browser }) => {
  const suffix = Date.now().toString(36);
  const title = `Ett nytt inlägg ${suffix}`;
  const labels = [`e2e-etikett-${suffix}`, `Intranät ${suffix}`];

  await new SignInPage(page).signInAndWait(OWNER);
  const editor = new PostEditorPage(page);
  await editor.gotoNew();
  await editor.title.fill(title);
  await editor.body.click();
  await page.keyboard.type("Första stycket med ");
  await page.getByRole("button", { name: "Fetstil" }).click();
  await page.keyboard.type("fet text");
  await page.getByRole("button", { name: "Fetstil" }).click();
  await page.keyboard.type(".");
  await editor.addLabels(...labels);
  await editor.publish.click();
  await expect(page).toHaveURL(/\/admin\/posts\/[a-z0-9]+\?saved=1$/);
  await expect(editor.status).toHaveText("Publicerat");

  // On the home page (newest first) and on both label pages.
  await page.goto("/");
  await expect(page.getByRole("main").getByRole("link", { name: title })).toBeVisible();
  for (const label of labels) {
    await page.goto(`/search/label/${encodeURIComponent(label)}`);
    await expect(page.getByRole("main").getByRole("link", { name: title })).toBeVisible();
  }
  await page.getByRole("main").getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(/\/\d{4}\/\d{2}\/ett-nytt-inlagg-[a-z0-9]+\.html$/);
  await expect(page.locator(".post-body b, .post-body strong")).toHaveText("fet text");
  const postUrl = page.url();

  // The owner holds comments for approval.
  await page.goto("/admin/settings");
  await page.getByRole("radio", { name: "Modererade (visas efter godkännande)" }).check();
  await page.getByRole("button", { name: "Spara inställningar" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Inställningarna är sparade." })).toBeVisible();

  // A reader (no session) comments and is told it waits for approval.
  const readerContext = await browser.newContext();
  const reader = new PostPage(await readerContext.newPage());
  await reader.goto(postUrl);
  await reader.writeComment({ name: "Läsaren", body: `Väntar på godkännande ${suffix}` });
  await expect(reader.page.getByRole("status").filter({ hasText: "Tack! Din kommentar visas när den har godkänts." })).toBeVisible();
  await reader.goto(postUrl);
  await expect(reader.comment(`Väntar på godkännande ${suffix}`)).toHaveCount(0);

  // The owner approves it and answers; the reader sees both, the answer threaded as the author's.
  const moderation = new ModerationPage(page);
  await moderation.goto();
  const held = moderation.comment(`Väntar på godkännande ${suffix}`);
  await held.getByRole("button", { name: "Godkänn" }).click();
  await expect(held).toHaveCount(0);
  await moderation.goto("published");
  await moderation.comment(`Väntar på godkännande ${suffix}`).getByText("Svara").click();
  await moderation.comment(`Väntar på godkännande ${suffix}`).getByRole("textbox", { name: "Ditt svar" }).fill(`Tack för kommentaren ${suffix}`);
  await moderation.comment(`Väntar på godkännande ${suffix}`).getByRole("button", { name: "Skicka svar" }).click();
  await expect(moderation.comment(`Tack för kommentaren ${suffix}`)).toBeVisible();

  await reader.goto(postUrl);
  await expect(reader.commentsHeading).toHaveText("2 kommentarer:");
  const approved = reader.comment(`Väntar på godkännande ${suffix}`).first();
  await expect(approved).toBeVisible();
  await expect(approved.locator(".comment.by-author")).toContainText(`Tack för kommentaren ${suffix}`);
  await expect(approved.locator(".comment.by-author .comment-author")).toHaveText(OWNER.name);
  await readerContext.close();

  await signOutButton(page).click();
  await expect(page).toHaveURL(/\/admin\/sign-in\?signed-out=1$/);
});
