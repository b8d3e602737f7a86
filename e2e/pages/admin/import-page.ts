import { expect, type Page } from "@playwright/test";

/** /admin/import in Swedish (the e2e blog's language): upload, preview, import, report. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async upload(file: string) {
    await this.page.goto("/admin/import");
    await expect(this.page.getByRole("heading", { level: 1, name: "Importera från Blogger" })).toBeVisible();
    await this.page.getByLabel("Exportfil").setInputFiles(file);
    await this.page.getByRole("button", { name: "Ladda upp och granska" }).click();
    await expect(this.page.getByRole("heading", { level: 2, name: "Granskning" })).toBeVisible();
  }

  /** The preview's or report's row for a kind ("Inlägg", "Kommentarer"). */
  row(kind: string) {
    return this.page.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: kind, exact: true }) });
  }

  async importNow(options: { images?: boolean } = {}) {
    if (options.images) await this.page.getByLabel("Kopiera Bloggers bilder till mediebiblioteket").check();
    await this.page.getByRole("button", { name: "Importera", exact: true }).click();
    await expect(this.page.getByRole("heading", { level: 2, name: "Importen är klar" })).toBeVisible({ timeout: 60_000 });
  }
}
