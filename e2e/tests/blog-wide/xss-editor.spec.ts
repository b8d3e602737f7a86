// The XSS corpus through the editor's HTML mode (blog-wide: it publishes a post): the editor, the
// preview and the published page run none of it, and the posts feeds stay valid.
import { expect, test } from "@playwright/test";
import { atomProblems, rssProblems } from "@crestwood/api/testing";
import { createAuthor } from "../../factories/accounts";
import { injectedIn, XSS_CORPUS } from "../../factories/xss-corpus";
import { PostEditorPage } from "../../pages/admin/post-editor-page";
import { SignInPage } from "../../pages/admin/sign-in-page";

test("the XSS corpus pasted into the editor's HTML mode runs nowhere: editor, preview, post page, feeds", async ({ page, context }) => {
  test.slow();
  const dialogs: string[] = [];
  context.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await new SignInPage(page).signInAndWait(createAuthor());
  const editor = new PostEditorPage(page);
  await editor.gotoNew();
  const title = `XSS-korpus ${Date.now()}`;
  await editor.title.fill(title);
  await page.getByRole("button", { name: "HTML", exact: true }).click();
  await page.getByRole("textbox", { name: "Text (HTML)" }).fill(XSS_CORPUS.map((vector) => `<p>${vector}</p>`).join("\n"));
  // Back to the visual editor: it parses the HTML (inertly) and shows it.
  await page.getByRole("button", { name: "Skriv", exact: true }).click();
  // It would drop the scripts and handlers: it says so first, and the author goes ahead.
  await expect(page.locator(".fidelity-notice")).toBeVisible();
  await page.getByRole("button", { name: /Byt till visuellt läge ändå/ }).click();
  await expect(editor.body).toContainText("CLICKME");
  expect(await page.evaluate(injectedIn, ".ProseMirror")).toEqual([]);

  await editor.publish.click();
  await expect(page).toHaveURL(/\/admin\/posts\/[a-z0-9]+\?saved=1$/);
  const preview = await context.newPage();
  await preview.goto(page.url().replace(/\?saved=1$/, "/preview"));
  await expect(preview.locator(".post-body")).toContainText("CLICKME");
  expect(await preview.evaluate(injectedIn, ".post-body")).toEqual([]);

  // The published page, as a reader sees it.
  await preview.goto("/");
  await preview.getByRole("link", { name: title }).first().click();
  await expect(preview.locator(".post-body")).toContainText("CLICKME");
  await preview.mouse.move(200, 300);
  await preview.waitForTimeout(1500);
  expect(await preview.evaluate(injectedIn, ".post-body")).toEqual([]);
  expect(dialogs).toEqual([]);

  const atom = await page.request.get("/feeds/posts/default");
  expect(atomProblems(await atom.text())).toEqual([]);
  const rss = await page.request.get("/feeds/posts/default?alt=rss");
  expect(rssProblems(await rss.text())).toEqual([]);
});
