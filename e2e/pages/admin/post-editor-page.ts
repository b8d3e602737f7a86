import { expect, type Locator, type Page } from "@playwright/test";

/** The post editor (/admin/posts/new and /admin/posts/<id>). */
export class PostEditorPage {
  readonly title: Locator;
  readonly slug: Locator;
  readonly body: Locator;
  readonly newLabel: Locator;
  readonly addLabel: Locator;
  readonly publishAt: Locator;
  readonly publish: Locator;
  readonly saveDraft: Locator;
  readonly unpublish: Locator;
  readonly update: Locator;
  readonly delete: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole("textbox", { name: "Rubrik", exact: true });
    this.slug = page.getByRole("textbox", { name: "Adress (slug)" });
    this.body = page.getByRole("textbox", { name: "Text", exact: true });
    this.newLabel = page.getByRole("combobox", { name: "Ny etikett" });
    this.addLabel = page.getByRole("button", { name: "Lägg till" });
    this.publishAt = page.getByLabel("Publiceringstid");
    this.publish = page.getByRole("button", { name: "Publicera", exact: true });
    this.saveDraft = page.getByRole("button", { name: "Spara utkast" });
    this.unpublish = page.getByRole("button", { name: "Avpublicera" });
    this.update = page.getByRole("button", { name: "Uppdatera" });
    this.delete = page.getByRole("button", { name: "Ta bort", exact: true });
    this.status = page.locator(".editor-side .status-badge");
  }

  async gotoNew() {
    await this.page.goto("/admin/posts/new");
    await expect(this.page.getByRole("heading", { level: 1, name: "Nytt inlägg" })).toBeVisible();
    // Tiptap mounts in the browser after hydration.
    await expect(this.body).toBeVisible();
  }

  async addLabels(...names: string[]) {
    for (const name of names) {
      await this.newLabel.fill(name);
      await this.addLabel.click();
      await expect(this.page.locator(".label-chips li", { hasText: name })).toBeVisible();
    }
  }

  async expectSaved() {
    await expect(this.page.getByRole("status").filter({ hasText: "Sparat." })).toBeVisible();
  }
}
