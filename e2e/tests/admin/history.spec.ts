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
