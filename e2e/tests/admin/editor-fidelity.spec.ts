import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { sanitizePostHtml } from "@crestwood/api";
import { canonicalFromParse5 } from "@crestwood/content/canonical-parse5";
import { createDraftPost, storedBody } from "../../factories/db";
import { signedInAuthor } from "../../factories/sessions";
import { PostEditorPage } from "../../pages/admin/post-editor-page";

// Real-world post HTML: Blogger's classic editor (separators, floated linked images, br-style
// text, caption tables, embeds) and WordPress's Gutenberg and classic editors.
const CORPUS = join(import.meta.dirname, "../../fixtures/post-corpus");

/** Opens the post, types a character and takes it back (a real edit through the editor), saves. */
async function openEditAndSave(page: Page, postId: string) {
  const editor = new PostEditorPage(page);
  await page.goto(`/admin/posts/${postId}`);
  await expect(editor.body).toBeVisible();
  await expect(page.getByRole("button", { name: "Skriv", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".fidelity-notice")).toHaveCount(0);
  // An edit, taken back with undo: whatever the caret landed on (text, a selected video), the
  // document is the one loaded again, and what is saved is the editor's own rendering of it (the
  // comparison below fails if the "Z" stayed or anything else changed).
  await editor.body.focus();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("Z");
  await expect(page.getByText("Osparade ändringar")).toBeVisible();
  await page.keyboard.press("Control+z");
  await editor.saveDraft.click();
  await editor.expectSaved();
}

test.describe("the editor keeps real-world posts whole", () => {
  for (const file of readdirSync(CORPUS).filter((name) => name.endsWith(".html"))) {
    test(`${file} round-trips through the visual editor`, async ({ page, context, baseURL }) => {
      const { user } = await signedInAuthor(context, baseURL!);
      const stored = sanitizePostHtml(readFileSync(join(CORPUS, file), "utf8"));
      const post = await createDraftPost(user.id, stored);
      await openEditAndSave(page, post.id);
      const saved = await storedBody(post.id);
      expect(canonicalFromParse5(saved)).toBe(canonicalFromParse5(stored));
    });
  }

  test("the issue's table and linked image survive typing and saving", async ({ page, context, baseURL }) => {
    const { user } = await signedInAuthor(context, baseURL!);
    const html = `<table><tr><th>År</th><th>Antal</th></tr><tr><td>2008</td><td>12</td></tr></table><a href="big.jpg"><img src="small.jpg"></a><p style="text-align:center">Mitten</p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="560" height="315"></iframe>`;
    const post = await createDraftPost(user.id, sanitizePostHtml(html));
    await openEditAndSave(page, post.id);
    const saved = await storedBody(post.id);
    expect(saved).toContain("<table><tr><th>År</th><th>Antal</th></tr><tr><td>2008</td><td>12</td></tr></table>");
    expect(saved).toContain(`<a href="big.jpg"><img src="small.jpg" /></a>`);
    expect(saved).toContain(`<p style="text-align: center;">Mitten</p>`);
    expect(saved).toContain(`<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video" width="560" height="315" loading="lazy"`);
  });

  test("typing while a video is selected writes after it, never over it", async ({ page, context, baseURL }) => {
    const { user } = await signedInAuthor(context, baseURL!);
    const post = await createDraftPost(user.id, sanitizePostHtml(`<p>Före</p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>`));
    const editor = new PostEditorPage(page);
    await page.goto(`/admin/posts/${post.id}`);
    await expect(editor.body).toBeVisible();
    await expect(page.getByRole("button", { name: "Skriv", exact: true })).toHaveAttribute("aria-pressed", "true");
    // The caret at the end of "Före", then one step right: the video is selected.
    await editor.body.getByText("Före").click();
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".embed-placeholder")).toHaveClass(/ProseMirror-selectednode/);
    await page.keyboard.type("Efter");
    await editor.saveDraft.click();
    await editor.expectSaved();
    expect(await storedBody(post.id)).toMatch(/^<p>Före<\/p><iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ"[^>]*><\/iframe><p>Efter<\/p>$/);
  });

  test("what the visual editor cannot show opens in HTML mode with a notice, and saves unchanged", async ({ page, context, baseURL }) => {
    const { user } = await signedInAuthor(context, baseURL!);
    // Formatting inside a code block: the visual editor's code blocks hold plain text only.
    const html = sanitizePostHtml(`<p>Före</p><pre>x = <b>viktigt</b>;</pre><p>Efter</p>`);
    const post = await createDraftPost(user.id, html);
    const editor = new PostEditorPage(page);
    await page.goto(`/admin/posts/${post.id}`);
    const notice = page.locator(".fidelity-notice");
    await expect(notice).toContainText("Inlägget visas i HTML-läge");
    await expect(notice).toContainText("<strong>viktigt</strong>");
    await expect(page.getByRole("button", { name: "HTML", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("textbox", { name: "Text (HTML)" })).toHaveValue(html);
    // Trying the visual mode again says the same; nothing changes until the author chooses.
    await page.getByRole("button", { name: "Skriv", exact: true }).click();
    await expect(notice).toBeVisible();
    await page.getByRole("textbox", { name: "Text (HTML)" }).press("End");
    await page.getByRole("textbox", { name: "Text (HTML)" }).pressSequentially(" ");
    await editor.saveDraft.click();
    await editor.expectSaved();
    expect(canonicalFromParse5(await storedBody(post.id))).toBe(canonicalFromParse5(html));
  });

  test("HTML mode is no escape hatch: what the allowlist allows is kept, the rest is said and dropped", async ({ page, context, baseURL }) => {
    const { user } = await signedInAuthor(context, baseURL!);
    const post = await createDraftPost(user.id, "<p>Start</p>");
    const editor = new PostEditorPage(page);
    await page.goto(`/admin/posts/${post.id}`);
    await expect(editor.body).toBeVisible();
    await page.getByRole("button", { name: "HTML", exact: true }).click();
    const source = page.getByRole("textbox", { name: "Text (HTML)" });
    await source.fill(`<div class="separator" style="clear: both; text-align: center;"><a href="https://example.org/big.jpg" style="float: left; margin-right: 1em;"><img src="https://example.org/small.jpg" width="200" height="150"></a></div><p>Text<br>rad två</p><iframe src="https://vimeo.com/76979871" title="Film"></iframe><script>alert(1)</script>`);
    await page.getByRole("button", { name: "Skriv", exact: true }).click();
    // The video's address is only normalised; the script is what the visual editor would drop.
    await expect(page.locator(".fidelity-notice")).toContainText("<script>");
    await page.getByRole("button", { name: /Byt till visuellt läge ändå/ }).click();
    await expect(page.locator(".embed-placeholder")).toContainText("Vimeo: Film");
    await editor.saveDraft.click();
    await editor.expectSaved();
    const saved = await storedBody(post.id);
    expect(saved).toBe(
      `<div class="separator" style="clear: both; text-align: center;"><a href="https://example.org/big.jpg" style="float: left; margin-right: 1em;"><img src="https://example.org/small.jpg" width="200" height="150" /></a></div><p>Text<br />rad två</p><iframe src="https://player.vimeo.com/video/76979871?dnt=1" title="Film" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allow="fullscreen; picture-in-picture; encrypted-media" allowfullscreen="" sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"></iframe>`,
    );

    // Saved straight from HTML mode, what the allowlist does not allow is removed — and said.
    await page.getByRole("button", { name: "HTML", exact: true }).click();
    await source.fill(`${await source.inputValue()}<p onclick="steal()" style="position: fixed; color: red;">Klick</p><script>alert(2)</script>`);
    await editor.saveDraft.click();
    await expect(page.getByRole("status").filter({ hasText: "Det som inte är tillåtet i inlägg togs bort" })).toBeVisible();
    const cleaned = await storedBody(post.id);
    expect(cleaned).toContain(`<p style="color: red;">Klick</p>`);
    expect(cleaned).not.toMatch(/<script|onclick|position/);
  });

  test("a post near the 500,000-character limit saves", async ({ page, context, baseURL }) => {
    test.setTimeout(180_000);
    const { user } = await signedInAuthor(context, baseURL!);
    // Swedish text (å, ä, ö are two bytes in UTF-8): about 0.6 MB, so a body sent twice would
    // pass the old 1 MB action limit.
    const paragraph = (n: number) => `<p>Stycke ${n}: Vi gick längs åsen, över ängarna och förbi sjöarna där öringen leker; räksmörgås och blåbärssoppa i ryggsäcken.</p>`;
    let html = "";
    for (let n = 1; html.length + paragraph(n).length < 495_000; n++) html += paragraph(n);
    expect(html.length).toBeGreaterThan(494_000);
    const post = await createDraftPost(user.id, html);
    await openEditAndSave(page, post.id);
    const saved = await storedBody(post.id);
    expect(saved.length).toBe(html.length);
    expect(saved).toBe(html);
  });
});
