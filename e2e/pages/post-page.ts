import { expect, type Locator, type Page } from "@playwright/test";
import { fromAddress, readerAddress } from "../factories/addresses";

/** The form's minimum fill time (COMMENT_SPAM_RULES.minFillSeconds), plus a second for the token's whole-second clock. */
const FILL_SECONDS = 3 + 1;

/**
 * A reader's post page: its parts and its comment form, by the names readers see. Each PostPage
 * is one reader at an address of its own (through the e2e server's trusted proxy), who takes the
 * few seconds a person takes before sending a comment (the form refuses faster ones: bots).
 */
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

  readonly address = readerAddress();

  async goto(path: string) {
    await this.page.setExtraHTTPHeaders(fromAddress(this.address));
    await this.page.goto(path);
    await expect(this.commentsHeading).toBeVisible();
  }

  async writeComment(comment: { name: string; url?: string; body: string }) {
    await this.nameField.fill(comment.name);
    if (comment.url) await this.urlField.fill(comment.url);
    await this.bodyField.fill(comment.body);
    await this.waitForFillTime();
    await this.submit.click();
  }

  /** Waits until the form in the page is old enough to be sent (its token carries when it was handed out). */
  async waitForFillTime() {
    const token = await this.page.locator('input[name="formToken"]').inputValue();
    const issuedAt = Number(/^1\.(\d+)\./.exec(token)?.[1] ?? 0);
    const wait = (issuedAt + FILL_SECONDS) * 1000 - Date.now();
    if (wait > 0) await this.page.waitForTimeout(wait);
  }

  comment(text: string): Locator {
    return this.page.locator(".comment").filter({ hasText: text });
  }
}
