import { expect, type Locator, type Page } from "@playwright/test";

/** /admin/media: the uploader and the list, by the (Swedish) names authors see. */
export class MediaLibraryPage {
  readonly heading: Locator;
  readonly fileInput: Locator;
  readonly altField: Locator;
  readonly captionField: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Bildbibliotek" });
    this.fileInput = page.getByLabel("Välj filer");
    this.altField = page.getByRole("textbox", { name: "Alt-text", exact: true });
    this.captionField = page.getByRole("textbox", { name: "Bildtext (valfri)" });
    this.save = page.getByRole("button", { name: "Spara" });
  }

  async goto() {
    await this.page.goto("/admin/media");
    await expect(this.heading).toBeVisible();
  }

  async upload(file: { name: string; mimeType: string; buffer: Buffer }, text: { alt: string; caption?: string }) {
    await this.fileInput.setInputFiles(file);
    await expect(this.page.getByText(`${file.name} är uppladdad.`)).toBeVisible({ timeout: 20_000 });
    await this.altField.fill(text.alt);
    if (text.caption) await this.captionField.fill(text.caption);
    await this.save.click();
    await expect(this.page.getByText("Sparat.")).toBeVisible();
  }
}
