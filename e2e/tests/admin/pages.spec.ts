import { expect, test } from "@playwright/test";
import { e2eDb } from "../../factories/db";
import { signedInAuthor } from "../../factories/sessions";
import { PostEditorPage } from "../../pages/admin/post-editor-page";

test("an author writes a static page: its own list and editor, /p/<slug>.html, the Pages widget", async ({ page, context, baseURL }) => {
  await signedInAuthor(context, baseURL!);
  const title = `Om mig ${Date.now().toString(36)}`;
  await page.goto("/admin/pages");
  await expect(page.getByRole("heading", { level: 1, name: "Sidor" })).toBeVisible();
  await page.getByRole("link", { name: "Ny sida" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ny sida" })).toBeVisible();

  const editor = new PostEditorPage(page);
  await expect(editor.body).toBeVisible();
  // Pages carry no labels.
  await expect(editor.newLabel).toHaveCount(0);
  await editor.title.fill(title);
  await editor.body.focus();
  await page.keyboard.type("Jag skriver om resor.");
  await editor.publish.click();
  await expect(page).toHaveURL(/\/admin\/pages\/[a-z0-9]+\?saved=1$/);
  await expect(page.getByRole("heading", { level: 1, name: "Redigera sida" })).toBeVisible();

  const stored = await e2eDb().post.findFirstOrThrow({ where: { title } });
  expect(stored.kind).toBe("page");

  // In the pages list, not the posts list.
  await page.goto("/admin/pages");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await page.goto(`/admin/posts?q=${encodeURIComponent(title)}`);
  await expect(page.getByText("Inga inlägg matchar.")).toBeVisible();

  // Readers find it at /p/<slug>.html and in the sidebar's Pages widget.
  await page.goto("/");
  const widget = page.getByRole("navigation", { name: "Sidor" });
  await expect(widget.getByRole("link", { name: "Startsida" })).toHaveAttribute("href", "/");
  await widget.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${stored.slug}\\.html$`));
  await expect(page.getByText("Jag skriver om resor.")).toBeVisible();
});
