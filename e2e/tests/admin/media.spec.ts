import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { signedInAuthor } from "../../factories/sessions";
import { e2eDb } from "../../factories/db";
import { MediaLibraryPage } from "../../pages/media-library-page";

test("an author uploads an image, describes it, publishes it; readers get a responsive, cached picture", async ({ page, context, baseURL }) => {
  await signedInAuthor(context, baseURL!);
  const suffix = randomUUID().slice(0, 8);
  const fileName = `skargard-${suffix}.jpg`;
  const alt = `Kobbar i kvällsljus ${suffix}`;
  // A 1600×900 photo, unique per run (the colour comes from the suffix), with EXIF to strip.
  const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: `#${suffix.slice(0, 6)}` } })
    .jpeg()
    .withExif({ IFD0: { Make: "E2E" } })
    .toBuffer();

  const library = new MediaLibraryPage(page);
  await library.goto();
  await library.upload({ name: fileName, mimeType: "image/jpeg", buffer: jpeg }, { alt });
  // The list shows it, newest first, with its alt text.
  await expect(page.locator(".media-item").first().getByText(fileName, { exact: true })).toBeVisible();
  await expect(page.locator(".media-item").first().getByRole("img", { name: alt })).toBeVisible();

  // Publish through the admin API, as the editor does, with the image the editor inserts.
  const media = await e2eDb().media.findFirstOrThrow({ where: { fileName } });
  const src = `/media/${media.hash}-1200.jpg`;
  const slug = `bild-${suffix}`;
  const created = await page.request.post("/api/trpc/admin.post.create", {
    headers: { origin: new URL(baseURL!).origin },
    data: { json: { title: `Bildinlägg ${suffix}`, slug, status: "published", publishedAt: "2008-06-15T10:00:00.000Z", bodyHtml: `<p>Utsikt:</p><p><img src="${src}" alt=""></p>` } },
  });
  expect(created.status(), await created.text()).toBe(200);

  await page.goto(`/2008/06/${slug}.html`);
  const image = page.getByRole("img", { name: alt });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute("srcset", new RegExp(`/media/${media.hash}-480\\.jpg 480w, .*-1600\\.jpg 1600w`));
  await expect(image).toHaveAttribute("sizes", /42rem/);
  await expect(image).toHaveAttribute("width", "1600");
  await expect(image).toHaveAttribute("height", "900");
  await expect(image).toHaveAttribute("decoding", "async");
  await expect(page.locator(`picture source[type="image/webp"]`)).toHaveAttribute("srcset", new RegExp(`/media/${media.hash}-800\\.webp 800w`));
  // The browser picked a variant and loaded it.
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const chosen = await image.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname);
  expect(chosen).toMatch(new RegExp(`^/media/${media.hash}-\\d+\\.(webp|jpg)$`));

  const response = await page.request.get(src);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/jpeg");
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const etag = response.headers()["etag"]!;
  expect(etag).toBe(`"${media.hash}-1200"`);
  expect((await page.request.get(src, { headers: { "if-none-match": etag } })).status()).toBe(304);
  expect((await sharp(await response.body()).metadata()).exif).toBeUndefined();
  expect((await page.request.get(`/media/${"0".repeat(64)}-480.jpg`)).status()).toBe(404);
});

test("an upload from another site is refused, and so is one without a session", async ({ page, baseURL }) => {
  const form = { file: { name: "x.png", mimeType: "image/png", buffer: await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } }).png().toBuffer() } };
  const anonymous = await page.request.post("/api/media", { multipart: form, headers: { origin: new URL(baseURL!).origin } });
  expect(anonymous.status()).toBe(401);
  const crossSite = await page.request.post("/api/media", { multipart: form, headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } });
  expect(crossSite.status()).toBe(403);
});
