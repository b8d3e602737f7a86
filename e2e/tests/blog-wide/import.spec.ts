import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { signedInAuthor } from "../../factories/sessions";
import { ImportPage } from "../../pages/admin/import-page";
import { PostPage } from "../../pages/post-page";
import { expectAccessible } from "../../pages/quality";

/** A small classic Blogger export of its own (ids and slugs unique to this run). */
function bloggerExport(suffix: string, number: number): string {
  const kind = (term: string) => `<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#${term}'/>`;
  const post = `tag:blogger.com,1999:blog-42.post-${number}`;
  const url = `http://gammal-${suffix}.blogspot.com/2008/03/%C3%A5rets-resa-${suffix}.html`;
  const comment = (id: number, name: string, body: string, at: string, parent?: number) =>
    `<entry><id>tag:blogger.com,1999:blog-42.post-${id}</id><published>${at}</published><updated>${at}</updated>${kind("comment")}<title type='text'>${name}</title><content type='html'>${body}</content>${parent ? `<link rel='related' href='https://www.blogger.com/feeds/42/${number}/comments/default/${parent}'/>` : ""}<author><name>${name}</name><email>noreply@blogger.com</email></author><thr:in-reply-to xmlns:thr='http://purl.org/syndication/thread/1.0' ref='${post}' href='${url}' type='text/html'/></entry>`;
  return `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns='http://www.w3.org/2005/Atom'>
<id>tag:blogger.com,1999:blog-42</id><title type='text'>Gammal blogg</title>
<entry><id>${post}</id><published>2008-03-14T10:00:00.000+01:00</published><updated>2008-03-15T10:00:00.000+01:00</updated>${kind("post")}<category scheme='http://www.blogger.com/atom/ns#' term='resor i Norden'/><title type='text'>Årets resa ${suffix}</title><content type='html'>&lt;div style="text-align: center;"&gt;Vi åkte till Åre &amp;amp; Östersund.&lt;/div&gt;</content><link rel='alternate' type='text/html' href='${url}'/><author><name>Gamla skribenten</name><email>noreply@blogger.com</email></author></entry>
<entry><id>tag:blogger.com,1999:blog-42.post-${number + 1}</id><published>2008-03-14T10:00:00.000+01:00</published><updated>2008-03-15T10:00:00.000+01:00</updated>${kind("post")}<title type='text'>Årets resa ${suffix}</title><content type='html'>Mobil.</content><link rel='alternate' type='text/html' href='${url}?m=1'/><author><name>Gamla skribenten</name></author></entry>
${comment(number + 3, "Svarande Sven", "Håller med!", "2008-03-16T09:00:00.000+01:00", number + 2)}
${comment(number + 2, "Läsande Lisa", "Vilken resa &amp;amp; vilka bilder.", "2008-03-15T12:00:00.000+01:00")}
</feed>`;
}

test("a Blogger export uploaded in /admin/import answers at its old addresses with its comments", async ({ page, context, baseURL }) => {
  const suffix = Date.now().toString(36);
  const number = Date.now() * 10;
  const file = join(mkdtempSync(join(tmpdir(), "e2e-import-")), "blog-03-14-2008.xml");
  writeFileSync(file, bloggerExport(suffix, number));
  await signedInAuthor(context, baseURL ?? "", "owner");

  const importer = new ImportPage(page);
  await importer.upload(file);
  await expect(importer.row("Inlägg")).toContainText("2");
  await expect(importer.row("Kommentarer")).toContainText("2");
  await expect(page.getByText(/copy of the post at \/2008\/03\/årets-resa/)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("preview.png"), fullPage: true });
  await importer.importNow();
  await expect(importer.row("Inlägg")).toContainText("1");
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("report-phone.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The old address, percent-encoded and with Blogger's ?m=1, leads to the post and its comments.
  const post = new PostPage(page);
  await post.goto(`/2008/03/%C3%A5rets-resa-${suffix}.html?m=1`);
  expect(decodeURI(new URL(page.url()).pathname)).toBe(`/2008/03/årets-resa-${suffix}.html`);
  await expect(page.getByRole("heading", { level: 1, name: `Årets resa ${suffix}` })).toBeVisible();
  await expect(post.main).toContainText("Vi åkte till Åre & Östersund.");
  await expect(post.commentsHeading).toHaveText("2 kommentarer:");
  await expect(post.comment("Vilken resa & vilka bilder.")).toContainText("Läsande Lisa");
  // The reply sits inside the comment it answers.
  await expect(post.comment("Vilken resa").locator(".comment").filter({ hasText: "Håller med!" })).toBeVisible();
  await expect(post.main.getByRole("link", { name: "resor i Norden" })).toHaveAttribute("href", "/search/label/resor%20i%20Norden");

  // Importing the same file again changes nothing.
  await importer.upload(file);
  await importer.importNow();
  await expect(importer.row("Inlägg")).toContainText(/2\s*0\s*1\s*1/);
});
