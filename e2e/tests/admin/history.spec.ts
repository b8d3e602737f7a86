import { expect, test, type APIRequestContext } from "@playwright/test";
import { signedInAuthor } from "../../factories/sessions";

/** Calls an admin mutation over /api/trpc with the browser context's session cookie. */
async function mutate<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.post(`/api/trpc/${path}`, { data: { json: input } });
  const body = (await response.json()) as { result?: { data: { json: T } }; error?: unknown };
  if (!response.ok() || !body.result) throw new Error(`${path} failed: ${response.status()} ${JSON.stringify(body.error)}`);
  return body.result.data.json;
}

test("the history shows what changed between two saves and restores the old one as a new revision", async ({ page, context, baseURL }) => {
  await signedInAuthor(context, baseURL ?? "");
  const title = `Versioner ${Date.now()}`;
  const post = await mutate<{ id: string; path: string; slug: string; version: number }>(page.request, "admin.post.create", {
    title,
    bodyHtml: "<p>Första versionen av texten.</p>",
    status: "published",
    publishedAt: "2008-03-03T10:00:00.000Z",
  });
  await mutate(page.request, "admin.post.update", {
    id: post.id,
    baseVersion: post.version,
    title,
    slug: post.slug,
    bodyHtml: "<p>Andra versionen av texten.</p>",
    status: "published",
    publishedAt: "2008-03-03T10:00:00.000Z",
  });
  await page.goto(post.path);
  await expect(page.getByText("Andra versionen av texten.")).toBeVisible();

  await page.goto(`/admin/posts/${post.id}/history`);
  const rows = page.getByRole("table").getByRole("row").filter({ has: page.getByRole("rowheader") });
  await expect(rows).toHaveCount(2);
  const diff = page.getByRole("region", { name: /^Jämför:/ });
  await expect(diff.locator(".diff-view del")).toHaveText(["Första"]);
  await expect(diff.locator(".diff-view ins")).toHaveText(["Andra"]);

  page.once("dialog", (dialog) => void dialog.accept());
  await rows.nth(1).getByRole("button", { name: /^Återställ den här versionen/ }).click();
  await expect(page).toHaveURL(/\/history\?restored=1$/);
  await expect(page.getByRole("status")).toHaveText("Versionen är återställd.");
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText("Återställt");

  // Readers see the restored text at the same address.
  await page.goto(post.path);
  await expect(page.getByText("Första versionen av texten.")).toBeVisible();
});

test("the editor autosaves, refuses to overwrite a save made meanwhile, and saves over it only when asked", async ({ page, context, baseURL }) => {
  await signedInAuthor(context, baseURL ?? "");
  const title = `Konflikt ${Date.now()}`;
  const post = await mutate<{ id: string; slug: string; version: number }>(page.request, "admin.post.create", {
    title,
    bodyHtml: "<p>Utgångsläget.</p>",
    status: "published",
    publishedAt: "2008-04-04T10:00:00.000Z",
  });
  await page.goto(`/admin/posts/${post.id}`);
  await expect(page.getByRole("link", { name: "Versioner" })).toHaveAttribute("href", `/admin/posts/${post.id}/history`);
  const titleField = page.getByRole("textbox", { name: "Rubrik" });
  await titleField.fill(`${title} (min)`);
  await expect(page.getByText(/^Utkastet autosparades /)).toBeVisible({ timeout: 15_000 });
  // The preview shows the unsaved draft, through the autosave.
  await expect(page.getByRole("link", { name: "Förhandsgranska" })).toHaveAttribute("href", /\/preview\?revision=/);

  // Someone else saves from the same starting point.
  await mutate(page.request, "admin.post.update", { id: post.id, baseVersion: post.version, title: `${title} (deras)`, slug: post.slug, bodyHtml: "<p>Deras text.</p>", status: "published", publishedAt: "2008-04-04T10:00:00.000Z" });

  await page.getByRole("button", { name: "Uppdatera" }).click();
  const conflict = page.locator(".edit-conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("efter att du öppnade det");
  await expect(conflict.getByRole("link", { name: "Visa skillnaderna" })).toHaveAttribute("href", new RegExp(`/admin/posts/${post.id}/history\\?from=.+&to=.+`));
  // admin.post.byId is a query: read over GET.
  const read = async () => {
    const response = await page.request.get(`/api/trpc/admin.post.byId?input=${encodeURIComponent(JSON.stringify({ json: { id: post.id } }))}`);
    return ((await response.json()) as { result: { data: { json: { title: string; version: number } } } }).result.data.json;
  };
  expect((await read()).title).toBe(`${title} (deras)`);

  await conflict.getByRole("button", { name: "Spara min version ovanpå deras" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sparat." })).toBeVisible();
  await expect(conflict).toHaveCount(0);
  expect((await read()).title).toBe(`${title} (min)`);

  // Work left unsaved in a closed tab comes back when the post is opened again.
  await titleField.fill(`${title} (osparad)`);
  await expect(page.getByText(/^Utkastet autosparades /)).toBeVisible({ timeout: 15_000 });
  const again = await context.newPage();
  await again.goto(`/admin/posts/${post.id}`);
  await expect(again.getByText(/^Osparade ändringar från /)).toBeVisible();
  await expect(again.getByRole("textbox", { name: "Rubrik" })).toHaveValue(`${title} (osparad)`);
  await again.close();
});
