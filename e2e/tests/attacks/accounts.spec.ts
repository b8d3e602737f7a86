// Issue 17, holes 7 and 9: tokens that outlive revocation, owners managing owners, and sessions
// with an absolute lifetime.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createApiToken, revokeApiToken } from "@crestwood/api";
import { createAuthor } from "../../factories/accounts";
import { e2eDb } from "../../factories/db";
import { rawRequest } from "../../factories/raw-http";
import { SESSION_COOKIE } from "../../factories/sessions";
import { SignInPage } from "../../pages/admin/sign-in-page";

test("an owner's API token cannot make an account (which would outlive the token's revocation)", async () => {
  const suffix = randomUUID().slice(0, 8);
  const owner = await e2eDb().user.create({ data: { email: `agare-${suffix}@example.org`, name: `Ägare ${suffix}`, role: "owner" } });
  const { token, apiToken } = await createApiToken(e2eDb(), owner, { name: `skript ${suffix}`, role: "owner", expiresInDays: null });
  const sleeper = `sovande-${suffix}@example.org`;
  const bearer = { authorization: `Bearer ${token}` };

  const create = await rawRequest("POST", "/api/trpc/admin.user.create", { headers: bearer, body: JSON.stringify({ json: { email: sleeper, name: "Sovande", password: "ett långt lösenord", role: "owner" } }) });
  expect(create.status).toBe(403);
  expect(create.body).toMatch(/cannot manage accounts/);
  const setRole = await rawRequest("POST", "/api/trpc/admin.user.setRole", { headers: bearer, body: JSON.stringify({ json: { id: owner.id, role: "owner" } }) });
  expect(setRole.status).toBe(403);
  // Other owner work still goes through the token.
  const settings = await rawRequest("GET", "/api/trpc/admin.blog.settings", { headers: bearer });
  expect(settings.status).toBe(200);

  await revokeApiToken(e2eDb(), apiToken.id);
  expect(await e2eDb().user.count({ where: { email: sleeper } })).toBe(0);
});

test("an owner removes another owner in the admin; the last owner cannot be removed", async ({ page }) => {
  test.slow();
  const first = createAuthor("owner");
  const second = createAuthor("owner");
  await new SignInPage(page).signInAndWait(first);
  await page.goto("/admin/authors");
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: second.name }) });
  await expect(row).toContainText("Ägare");
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: /Ta bort/ }).click();
  await expect(row).toHaveCount(0);
  expect(await e2eDb().user.count({ where: { email: second.email } })).toBe(0);
  // Their own row offers no removal.
  const own = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(first.name) }) });
  await expect(own.getByRole("button", { name: /Ta bort/ })).toHaveCount(0);
});

test("a session ends at its absolute lifetime even when used every day", async ({ browser, baseURL }) => {
  const suffix = randomUUID().slice(0, 8);
  const user = await e2eDb().user.create({ data: { email: `gammal-${suffix}@example.org`, name: `Gammal ${suffix}`, role: "author" } });
  const token = randomBytes(32).toString("base64url");
  const day = 24 * 60 * 60 * 1000;
  // Signed in 91 days ago and used yesterday: the sliding expiry alone would keep it alive.
  await e2eDb().session.create({
    data: { userId: user.id, tokenHash: createHash("sha256").update(token).digest("hex"), createdAt: new Date(Date.now() - 91 * day), lastSeenAt: new Date(Date.now() - day), expiresAt: new Date(Date.now() + 29 * day) },
  });
  const context = await browser.newContext();
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL ?? "", httpOnly: true, sameSite: "Lax" }]);
  const page = await context.newPage();
  await page.goto("/admin/posts");
  await expect(page).toHaveURL(/\/admin\/sign-in\?next=/);
  await context.close();
});
