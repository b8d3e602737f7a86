import { expect, test } from "@playwright/test";
import { createPublishedPost, e2eDb } from "../../factories/db";
import { signedInAuthor } from "../../factories/sessions";

test("a deleted post goes to the trash and comes back at its address with its comments", async ({ page, context, baseURL }) => {
  const { user } = await signedInAuthor(context, baseURL ?? "");
  const post = await createPublishedPost({ title: "Papperskorgens inlägg", publishedComments: ["En kommentar som ska överleva"] });
  await e2eDb().post.update({ where: { id: post.id }, data: { authorId: user.id } });

  await page.goto(post.path);
  await expect(page.getByRole("heading", { level: 1, name: "Papperskorgens inlägg" })).toBeVisible();

  await page.goto(`/admin/posts/${post.id}`);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Ta bort", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/posts\?deleted=1$/);

  // Deleted is gone for readers (410), whether in the trash or purged.
  const gone = await page.goto(post.path);
  expect(gone?.status()).toBe(410);

  await page.goto("/admin/trash");
  const row = page.getByRole("row").filter({ hasText: "Papperskorgens inlägg" });
  await expect(row).toContainText(post.path);
  await expect(row).toContainText("1 kommentar");
  await row.getByRole("button", { name: "Återställ: Papperskorgens inlägg" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Papperskorgens inlägg" })).toHaveCount(0);

  const back = await page.goto(post.path);
  expect(back?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Papperskorgens inlägg" })).toBeVisible();
  await expect(page.getByText("En kommentar som ska överleva")).toBeVisible();
});
