// Content-Security-Policy on every page type: zero violations in Chromium, and everything still
// works (reader pages run no framework script; the admin runs Next's under a nonce).
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { createPublishedPost } from "../../factories/db";
import { signedInAuthor } from "../../factories/sessions";
import { MediaLibraryPage } from "../../pages/media-library-page";
import { PostEditorPage } from "../../pages/admin/post-editor-page";

/** Records every CSP violation and every "Refused to …" console message of the page. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) logged.push(message.text());
  });
  // Init scripts come from the browser's automation, outside the page's policy.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  return async () => [...logged, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}

test("reader pages of every kind log no policy violation and run no framework script", async ({ page }) => {
  const label = `csp-${randomUUID().slice(0, 8)}`;
  const post = await createPublishedPost({ labels: [label], publishedComments: ["En kommentar"] });
  const staticPage = await createPublishedPost({ kind: "page" });
  const violations = await watchViolations(page);
  const paths = ["/", post.path, "/2008/06/", "/2008/", "/search?q=inlägg", `/search/label/${encodeURIComponent(label)}`, staticPage.path, "/finns/inte"];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"], path).toMatch(/object-src 'none'.*base-uri 'none'.*frame-ancestors 'none'.*form-action 'self'/);
    const scriptSrc = /script-src ([^;]*)/.exec(response?.headers()["content-security-policy"] ?? "")?.[1];
    expect(scriptSrc, path).toMatch(/^'sha256-[\w+/=]+'$/);
    await expect(page.locator("script[src]")).toHaveCount(0);
    // The archive folds and unfolds without a script.
    await page.locator(".archive-widget summary").first().click();
    expect(await violations(), path).toEqual([]);
  }
  // The one script reader pages have: "copy link" on a post.
  await page.goto(post.path);
  await page.getByRole("link", { name: "Kopiera länk" }).click();
  expect(await violations()).toEqual([]);
});

test("admin pages log no policy violation: Next's scripts run under a nonce", async ({ page, context, baseURL }) => {
  await signedInAuthor(context, baseURL!, "owner");
  const violations = await watchViolations(page);
  for (const path of ["/admin/posts", "/admin/comments", "/admin/labels", "/admin/settings", "/admin/media"]) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await violations(), path).toEqual([]);
  }
});

test("the Tiptap editor works and logs no policy violation", async ({ page, context, baseURL }) => {
  await signedInAuthor(context, baseURL!, "owner");
  const violations = await watchViolations(page);
  const editor = new PostEditorPage(page);
  await editor.gotoNew();
  await editor.title.fill(`CSP-prov ${randomUUID().slice(0, 8)}`);
  await editor.body.click();
  await editor.body.pressSequentially("Skrivet i editorn.");
  await expect(editor.body).toContainText("Skrivet i editorn");
  await editor.saveDraft.click();
  await expect(page).toHaveURL(/\/admin\/posts\/[^/]+\?saved=1$/);
  expect(await violations()).toEqual([]);
});

test("the media uploader works and logs no policy violation", async ({ page, context, baseURL }) => {
  await signedInAuthor(context, baseURL!, "owner");
  const violations = await watchViolations(page);
  const library = new MediaLibraryPage(page);
  await library.goto();
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: `#${randomUUID().slice(0, 6)}` } }).png().toBuffer();
  await library.upload({ name: `csp-${randomUUID().slice(0, 8)}.png`, mimeType: "image/png", buffer: png }, { alt: "Ett prov" });
  expect(await violations()).toEqual([]);
});
