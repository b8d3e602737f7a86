// Project "blog-wide" (after the others): publishing from the editor dates the post now, which
// changes the home page and archive widget that parallel reader tests read.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { createAuthor } from "../../factories/accounts";
import { e2eDb } from "../../factories/db";
import { PostEditorPage } from "../../pages/admin/post-editor-page";
import { SignInPage } from "../../pages/admin/sign-in-page";

test("an author uploads an image in the editor, gives it alt text, makes it the featured image and publishes; readers get a responsive picture", async ({ page }) => {
  await new SignInPage(page).signInAndWait(createAuthor());
  const suffix = randomUUID().slice(0, 8);
  const fileName = `fyr-${suffix}.jpg`;
  const alt = `En fyr i dimma ${suffix}`;
  const jpeg = await sharp({ create: { width: 1400, height: 1000, channels: 3, background: `#${suffix.slice(0, 6)}` } }).jpeg().toBuffer();

  const editor = new PostEditorPage(page);
  await editor.gotoNew();
  const title = `Bild från redigeraren ${suffix}`;
  await editor.title.fill(title);
  await editor.body.click();
  await editor.body.pressSequentially("Fyren:");

  await page.getByLabel("Välj filer").setInputFiles({ name: fileName, mimeType: "image/jpeg", buffer: jpeg });
  await expect(page.getByText(`${fileName} är uppladdad.`)).toBeVisible({ timeout: 30_000 });
  const describe = page.getByRole("group", { name: fileName });
  await describe.getByRole("textbox", { name: "Alt-text", exact: true }).fill(alt);
  await describe.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(editor.body.getByRole("img", { name: alt })).toBeVisible();
  await page.getByLabel("Utvald bild").selectOption({ label: fileName });

  await editor.publish.click();
  await expect(page).toHaveURL(/\/admin\/posts\/[a-z0-9]+\?saved=1$/);

  const post = await e2eDb().post.findFirstOrThrow({ where: { title } });
  const media = await e2eDb().media.findFirstOrThrow({ where: { fileName } });
  expect(post.bodyHtml).toContain(`/media/${media.hash}-1200.jpg`);
  expect(post.featuredMediaId).toBe(media.id);
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit" }).formatToParts(post.publishedAt!);
  const path = `/${parts.find((p) => p.type === "year")!.value}/${parts.find((p) => p.type === "month")!.value}/${post.slug}.html`;

  await page.goto(path);
  const image = page.locator(".post-body picture img");
  await expect(image).toHaveAttribute("alt", alt);
  await expect(image).toHaveAttribute("srcset", new RegExp(`/media/${media.hash}-480\\.jpg 480w, .*-1400\\.jpg 1400w`));
  await expect(page.locator(`.post-body picture source[type="image/webp"]`)).toHaveAttribute("srcset", /\.webp 800w/);
  // The featured image in link previews: the largest JPEG.
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", new RegExp(`/media/${media.hash}-1400\\.jpg$`));
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const response = await page.request.get(`/media/${media.hash}-1200.jpg`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});
