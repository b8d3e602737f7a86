import { expect, type Locator, type Page } from "@playwright/test";

/** /admin/comments: the moderation queue. */
export class ModerationPage {
  constructor(readonly page: Page) {}

  async goto(status: "pending" | "published" | "spam" = "pending") {
    await this.page.goto(`/admin/comments?status=${status}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Kommentarer" })).toBeVisible();
  }

  /** One comment in the queue, found by its text. */
  comment(text: string): Locator {
    return this.page.locator(".comment-queue > li").filter({ hasText: text });
  }
}
