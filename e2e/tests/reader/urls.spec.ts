import { expect, test } from "@playwright/test";
import { createPublishedPost } from "../../factories/db";

const SEED_PATH = "/2009/02/sociala-medier-pa-myndigheters-intranat.html";

test("every reader address answers 200", async ({ request }) => {
  const page = await createPublishedPost({ kind: "page", title: "Om bloggen" });
  const paths = [
    "/",
    "/?max-results=2",
    `/?updated-max=${encodeURIComponent("2009-02-02T00:00:00.000Z")}&max-results=3`,
    SEED_PATH,
    "/search/label/intran%C3%A4t",
    "/search/label/intran%C3%A4t?max-results=1",
    "/search?q=intran%C3%A4t",
    "/search?q=%22%20OR%20NEAR(",
    "/search?q=",
    "/2009/",
    "/2009/02/",
    "/2009",
    "/2009/01/?max-results=2",
    page.path,
    "/feeds/posts/default",
    "/feeds/posts/default?alt=rss",
    "/feeds/posts/default/-/intran%C3%A4t",
    "/feeds/comments/default",
    "/feeds/comments/default?alt=rss",
    "/sitemap.xml",
    "/sitemap.xml?page=1",
    "/robots.txt",
    "/feeds/posts/full",
    "/feeds/posts/summary/-/intran%C3%A4t",
    "/2009/02/sociala-medier-pa-myndigheters-intranat.html?m=1",
    "/favicon.svg",
  ];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
});

test("other addresses of a post lead to its permalink permanently", async ({ request }) => {
  const oldPath = `/2007/05/gammal-adress-${Date.now()}.html`;
  const post = await createPublishedPost({ oldPaths: [oldPath] });
  const page = await createPublishedPost({ kind: "page" });
  const slug = post.path.split("/").at(-1);
  const pageSlug = page.path.split("/").at(-1);
  const redirects: [string, string][] = [
    [`/2008/07/${slug}`, post.path], // wrong month
    [`/p/${slug}`, post.path], // a post asked for as a page
    [`/2008/06/${pageSlug}`, page.path], // a page asked for under a date
    [oldPath, post.path], // its address before an import
    ["/2009_02_01_archive.html", "/2009/02/"], // classic Blogger's archive page
    ["/atom.xml", "/feeds/posts/default"],
    [`/search?updated-max=${encodeURIComponent("2009-02-02T09:14:00+01:00")}&max-results=7`, "/"], // Blogger's "Older posts"
  ];
  for (const [from, to] of redirects) {
    const response = await request.get(from, { maxRedirects: 0 });
    // Next answers permanent redirects with 308, the method-keeping form of 301.
    expect([301, 308], from).toContain(response.status());
    expect(new URL(response.headers()["location"] ?? "", "http://x").pathname, from).toBe(to);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("unknown addresses get the blog's 404 page, rendered once on the server, with a title and a search box", async ({ page, request }) => {
    for (const path of ["/abcd", "/20091/", "/2009/13/", "/1999/", "/2009/02/finns-inte.html", "/p/finns-inte.html", "/search/label/finns-inte", "/finns/inte/alls/här"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Sidan hittades inte" }), path).toBeVisible();
      await expect(page, path).toHaveTitle(/^Sidan hittades inte \| /);
      await expect(page.locator(".blog-header"), path).toHaveCount(1);
      await expect(page.getByRole("main").getByRole("searchbox"), path).toBeVisible();
      // What curl sees: the same page, no empty error shell.
      const html = await (await request.get(path)).text();
      expect(html, path).toContain("Sidan hittades inte</h1>");
      expect(html, path).not.toContain("__next_error__");
    }
  });
});

test("unknown feeds answer 404", async ({ request }) => {
  for (const path of ["/feeds/finns-inte/comments/default", "/feeds/posts/default/-/finns-inte"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("robots.txt points at the sitemap, which lists posts, pages and labels", async ({ request }) => {
  const page = await createPublishedPost({ kind: "page" });
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml$/m);
  expect(robots).toMatch(/^Disallow: \/admin$/m);
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toMatch(/<sitemapindex [^>]*>\s*<sitemap><loc>http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml\?page=1<\/loc>/);
  const sitemap = await (await request.get("/sitemap.xml?page=1")).text();
  for (const path of [SEED_PATH, page.path, "/search/label/intran%C3%A4t"]) {
    expect(sitemap, path).toMatch(new RegExp(`<loc>http://127\\.0\\.0\\.1:\\d+${path.replace(/\./g, "\\.")}</loc>\\s*<lastmod>\\d{4}-`));
  }
});
