import { expect, type Locator, type Page } from "@playwright/test";

/** A reader's post page: its parts and its comment form, by the names readers see. */
export class PostPage {
  readonly main: Locator;
  readonly commentsHeading: Locator;
  readonly nameField: Locator;
  readonly urlField: Locator;
  readonly bodyField: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page, labels: { name: string; url: string; body: string; submit: string } = { name: "Namn", url: "Webbadress (valfri)", body: "Kommentar", submit: "Publicera" }) {
    this.main = page.getByRole("main");
    this.commentsHeading = page.locator("#comments-heading");
    this.nameField = page.getByRole("textbox", { name: labels.name, exact: true });
    this.urlField = page.getByRole("textbox", { name: labels.url, exact: true });
    this.bodyField = page.getByRole("textbox", { name: labels.body, exact: true });
    this.submit = page.getByRole("button", { name: labels.submit });
  }

  async goto(path: string) {
    await this.page.goto(path);
    await expect(this.commentsHeading).toBeVisible();
  }

  async writeComment(comment: { name: string; url?: string; body: string }) {
    await this.nameField.fill(comment.name);
    if (comment.url) await this.urlField.fill(comment.url);
    await this.bodyField.fill(comment.body);
    await this.submit.click();
  }

  comment(text: string): Locator {
    return this.page.locator(".comment").filter({ hasText: text });
  }
}
