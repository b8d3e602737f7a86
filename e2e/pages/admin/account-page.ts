import { expect, type Locator, type Page } from "@playwright/test";

/** /admin/account, by the names an author sees (the demo blog is Swedish). */
export class AccountPage {
  readonly currentPassword: Locator;
  readonly newPassword: Locator;
  readonly changePassword: Locator;
  readonly passwordNotice: Locator;

  constructor(readonly page: Page) {
    const passwordForm = page.getByRole("form", { name: "Lösenord" });
    this.currentPassword = passwordForm.getByLabel("Nuvarande lösenord");
    this.newPassword = passwordForm.getByLabel("Nytt lösenord");
    this.changePassword = passwordForm.getByRole("button", { name: "Byt lösenord" });
    this.passwordNotice = passwordForm.getByRole("status");
  }

  async goto() {
    await this.page.goto("/admin/account");
    await expect(this.page.getByRole("heading", { level: 1, name: "Mitt konto" })).toBeVisible();
  }

  sessionRows(): Locator {
    return this.page.getByRole("table").getByRole("row").filter({ has: this.page.getByRole("rowheader") });
  }
}
