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
    "/robots.txt",
  ];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
});

test("other addresses of a post lead to its permalink permanently", async ({ request }) => {
  const post = await createPublishedPost({ legacyPath: `/2007/05/gammal-adress-${Date.now()}.html` });
  const page = await createPublishedPost({ kind: "page" });
  const slug = post.path.split("/").at(-1);
  const pageSlug = page.path.split("/").at(-1);
  const redirects: [string, string][] = [
    [`/2008/07/${slug}`, post.path], // wrong month
    [`/p/${slug}`, post.path], // a post asked for as a page
    [`/2008/06/${pageSlug}`, page.path], // a page asked for under a date
    [post.legacyPath ?? "", post.path], // its address before an import
  ];
  for (const [from, to] of redirects) {
    const response = await request.get(from, { maxRedirects: 0 });
    // Next answers permanent redirects with 308, the method-keeping form of 301.
    expect([301, 308], from).toContain(response.status());
    expect(new URL(response.headers()["location"] ?? "", "http://x").pathname, from).toBe(to);
  }
});

test("unknown addresses get the blog's 404 page", async ({ page, request }) => {
  for (const path of ["/abcd", "/20091/", "/2009/13/", "/1999/", "/2009/02/finns-inte.html", "/p/finns-inte.html", "/search/label/finns-inte"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Sidan hittades inte" }), path).toBeVisible();
  }
  for (const path of ["/feeds/finns-inte/comments/default", "/feeds/posts/default/-/finns-inte"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("robots.txt points at the sitemap, which lists posts, pages and labels", async ({ request }) => {
  const page = await createPublishedPost({ kind: "page" });
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap\.xml$/m);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of [SEED_PATH, page.path, "/search/label/intran%C3%A4t"]) {
    expect(sitemap, path).toMatch(new RegExp(`<loc>http://127\\.0\\.0\\.1:\\d+${path.replace(/\./g, "\\.")}</loc>\\s*<lastmod>\\d{4}-`));
  }
});
