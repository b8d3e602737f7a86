import { expect, type Locator, type Page } from "@playwright/test";
import type { Account } from "../../factories/accounts";

/** /admin/sign-in, by the names an author sees (the demo blog is Swedish). */
export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByRole("textbox", { name: "E-postadress" });
    this.password = page.getByLabel("Lösenord", { exact: true });
    this.submit = page.getByRole("button", { name: "Logga in" });
    // The form's own alert (Next keeps an empty route announcer with the same role).
    this.alert = page.locator("form .form-error");
  }

  async goto(next?: string) {
    await this.page.goto(next === undefined ? "/admin/sign-in" : `/admin/sign-in?next=${encodeURIComponent(next)}`);
    await expect(this.page.getByRole("heading", { name: "Logga in" })).toBeVisible();
  }

  /** Fills in and submits the form, and waits for the server's answer. */
  async signIn(account: Pick<Account, "email" | "password">) {
    await this.email.fill(account.email);
    await this.password.fill(account.password);
    const answered = this.page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/admin/sign-in");
    await this.submit.click();
    await answered;
  }

  /** After a refused sign-in: React resets the form when the action ends; typing before that is lost. */
  async waitUntilReady() {
    await expect(this.submit).toBeEnabled();
    await expect(this.password).toHaveValue("");
  }

  /** Signs in from the sign-in page and waits for the posts list. */
  async signInAndWait(account: Pick<Account, "email" | "password">) {
    await this.goto();
    await this.signIn(account);
    await expect(this.page.getByRole("heading", { level: 1, name: "Inlägg" })).toBeVisible();
  }
}

/** The admin header's account controls. */
export function signOutButton(page: Page, everywhere = false): Locator {
  return page.getByRole("button", { name: everywhere ? "Logga ut överallt" : "Logga ut", exact: true });
}
