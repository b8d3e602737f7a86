import { expect, test } from "@playwright/test";
import { createAuthor } from "../../factories/accounts";
import { createPublishedPost } from "../../factories/db";
import { PostEditorPage } from "../../pages/admin/post-editor-page";
import { SignInPage } from "../../pages/admin/sign-in-page";

test.describe("an author writing", () => {
  test.beforeEach(async ({ page }) => {
    await new SignInPage(page).signInAndWait(createAuthor());
  });

  test("HTML source mode, a taken slug shown at its field, scheduling, and the unsaved-changes warning", async ({ page }) => {
    const taken = await createPublishedPost();
    const editor = new PostEditorPage(page);
    await editor.gotoNew();
    await editor.title.fill("Ett schemalagt inlägg");
    await expect(editor.slug).toHaveValue("ett-schemalagt-inlagg");

    await page.getByRole("button", { name: "HTML", exact: true }).click();
    await page.getByRole("textbox", { name: "Text (HTML)" }).fill(`<p>Rå <strong>HTML</strong></p><script>alert(1)</script><p><a href="javascript:alert(1)" onclick="x()">länk</a></p>`);
    await page.getByRole("button", { name: "Skriv", exact: true }).click();
    // The visual editor would drop the script and the handler: it says so before switching.
    await expect(page.locator(".fidelity-notice")).toContainText("<script>");
    await page.getByRole("button", { name: /Byt till visuellt läge ändå/ }).click();
    await expect(editor.body.locator("strong")).toHaveText("HTML");

    // Another post's address (its slug in its month; a draft has no address yet): refused at the
    // slug field, nothing saved.
    await editor.slug.fill(taken.slug);
    await editor.publishAt.fill("2008-06-20T09:00");
    await editor.publish.click();
    await expect(page.getByText("Ett annat inlägg använder redan den adressen.")).toBeVisible();
    await expect(editor.slug).toHaveAttribute("aria-invalid", "true");

    await editor.slug.fill("ett-schemalagt-inlagg-e2e-" + Date.now());
    await editor.publishAt.fill("2099-06-01T09:00");
    await expect(page.getByRole("button", { name: "Schemalägg" })).toBeVisible();
    await page.getByRole("button", { name: "Schemalägg" }).click();
    await expect(page).toHaveURL(/\/admin\/posts\/[a-z0-9]+\?saved=1$/);
    await expect(editor.status).toHaveText("Schemalagt");
    await expect(editor.publishAt).toHaveValue("2099-06-01T09:00");

    // The server stored sanitized HTML: the preview shows what readers will get.
    const preview = await page.context().newPage();
    await preview.goto(page.url().replace(/\?saved=1$/, "/preview"));
    await expect(preview.locator(".post-body strong")).toHaveText("HTML");
    expect(await preview.locator(".post-body").innerHTML()).not.toMatch(/script|onclick|javascript:/);
    await preview.close();

    // Unsaved changes: leaving through a link asks first.
    await editor.title.fill("Ändrad rubrik");
    await expect(page.getByText("Osparade ändringar")).toBeVisible();
    let warned = "";
    page.once("dialog", (dialog) => {
      warned = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Kommentarer" }).click();
    expect(warned).toBe("Du har osparade ändringar. Lämna sidan ändå?");
    await expect(page).toHaveURL(/\/admin\/posts\/[a-z0-9]+/);
  });

  test("a draft is saved, found by search and status, and deleted after confirming", async ({ page }) => {
    const title = `Utkast ${Date.now()}`;
    const editor = new PostEditorPage(page);
    await editor.gotoNew();
    await editor.title.fill(title);
    await editor.body.click();
    await page.keyboard.type("Bara ett utkast.");
    await editor.saveDraft.click();
    await editor.expectSaved();
    await expect(editor.status).toHaveText("Utkast");

    await page.goto(`/admin/posts?q=${encodeURIComponent(title)}&status=draft`);
    const row = page.getByRole("row").filter({ hasText: title });
    await expect(row).toContainText("Utkast");
    await row.getByRole("link", { name: title }).click();

    page.once("dialog", (dialog) => void dialog.accept());
    await editor.delete.click();
    await expect(page).toHaveURL(/\/admin\/posts\?deleted=1$/);
    await expect(page.getByRole("status").filter({ hasText: "Inlägget är borttaget." })).toBeVisible();
    await page.goto(`/admin/posts?q=${encodeURIComponent(title)}`);
    await expect(page.getByText("Inga inlägg matchar.")).toBeVisible();
  });

  test("an author cannot open the owner's pages: 403 with the admin around it", async ({ page }) => {
    await expect(page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Inställningar" })).toHaveCount(0);
    for (const path of ["/admin/settings", "/admin/labels", "/admin/authors", "/admin/tokens"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Bara för bloggens ägare" })).toBeVisible();
      await expect(page.getByText("Du får inte ändra det här.")).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Administration" })).toBeVisible();
    }
  });
});
