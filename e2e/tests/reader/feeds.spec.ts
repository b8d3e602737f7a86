import { expect, test } from "@playwright/test";
import { atomProblems, readAtom, rssProblems } from "@crestwood/api/testing";
import { createPublishedPost } from "../../factories/db";
import { PostPage } from "../../pages/post-page";

test("a reader follows a post's subscribe link and gets a valid Atom feed holding the comment just posted", async ({ page }) => {
  const post = await createPublishedPost({ title: `Flöde <&> ]]> ${Date.now()}` });
  const postPage = new PostPage(page);
  await postPage.goto(post.path);
  await postPage.writeComment({ name: "Karin <Flöde>", body: "Syns i flödet & <b>fetstil</b>." });
  await expect(postPage.comment("Syns i flödet")).toBeVisible();

  const subscribe = page.getByRole("link", { name: "Prenumerera på Kommentarer till inlägget [Atom]" });
  const href = await subscribe.getAttribute("href");
  expect(href).toBe(`/feeds/${post.id}/comments/default`);
  // The page announces the same feed to feed readers.
  await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"][href$="${href}"]`)).toHaveCount(1);

  const response = await page.request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  expect(atomProblems(xml)).toEqual([]);
  const feed = readAtom(xml);
  expect(feed.entries).toHaveLength(1);
  expect(feed.entries[0]).toMatchObject({ authors: ["Karin <Flöde>"], content: "Syns i flödet &amp; <b>fetstil</b>." });
  expect(feed.entries[0]?.alternate).toMatch(new RegExp(`${post.path.replace(/\./g, "\\.")}#c\\w+$`));

  // Conditional GET: the same validators get a 304 with no body.
  const again = await page.request.get(href ?? "", { headers: { "if-none-match": response.headers()["etag"] ?? "" } });
  expect(again.status()).toBe(304);
  const byDate = await page.request.get(href ?? "", { headers: { "if-modified-since": response.headers()["last-modified"] ?? "" } });
  expect(byDate.status()).toBe(304);
});

test("the home page links the posts feed, which is valid Atom and RSS with comment counts", async ({ page }) => {
  await page.goto("/");
  const subscribe = page.getByRole("link", { name: "Prenumerera på: Inlägg (Atom)" });
  await expect(subscribe).toHaveAttribute("href", "/feeds/posts/default");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/feeds\/posts\/default\?alt=rss$/);

  const atom = await page.request.get("/feeds/posts/default");
  const xml = await atom.text();
  expect(atomProblems(xml)).toEqual([]);
  const seedPost = readAtom(xml).entries.find((entry) => entry.title === "Sociala medier på myndigheters intranät");
  expect(seedPost).toMatchObject({ thrTotal: "0", categories: expect.arrayContaining(["intranät"]) });

  const rss = await page.request.get("/feeds/posts/default?alt=rss");
  expect(rss.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  expect(rssProblems(await rss.text())).toEqual([]);
});

test("label and blog-wide comment feeds are valid Atom", async ({ request }) => {
  const label = `flödesetikett-${Date.now()}`;
  await createPublishedPost({ labels: [label] });
  for (const path of [`/feeds/posts/default/-/${encodeURIComponent(label)}`, "/feeds/comments/default"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(atomProblems(await response.text()), path).toEqual([]);
  }
});
