import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createPublishedPost, e2eDb } from "../../factories/db";
import { PostPage } from "../../pages/post-page";

/** Posts only this test reads: a label of its own, in a year no other test uses. */
async function postsAtOneMinute(count: number, year: number) {
  const label = `e2e-paging-${randomUUID().slice(0, 8)}`;
  const posts = [];
  for (let i = 0; i < count; i++) posts.push(await createPublishedPost({ labels: [label], title: `Samma minut ${i} ${label}`, publishedAt: new Date(Date.UTC(year, 5, 1, 10, 0)) }));
  return { label, posts };
}

async function titlesOnPage(page: Page): Promise<string[]> {
  return page.locator(".post-title").allInnerTexts();
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("paging a label one post at a time shows three posts of one minute once each, both ways", async ({ page }) => {
      const { label, posts } = await postsAtOneMinute(3, javaScriptEnabled ? 1993 : 1994);
      await page.goto(`/search/label/${label}?max-results=1`);
      const seen = [...(await titlesOnPage(page))];
      await expect(page.getByRole("link", { name: "Nyare inlägg" })).toHaveCount(0);
      for (let i = 0; i < 2; i++) {
        await page.getByRole("link", { name: "Äldre inlägg" }).click();
        await expect(page.locator(".post-title")).not.toHaveText(seen.at(-1)!);
        seen.push(...(await titlesOnPage(page)));
      }
      await expect(page.getByRole("link", { name: "Äldre inlägg" })).toHaveCount(0);
      expect(seen.toSorted()).toEqual(posts.map((post) => post.title).toSorted());
      // And back: "Nyare inlägg" walks to the first page.
      const back = [...(await titlesOnPage(page))];
      for (let i = 0; i < 2; i++) {
        await page.getByRole("link", { name: "Nyare inlägg" }).click();
        await expect(page.locator(".post-title")).not.toHaveText(back.at(-1)!);
        back.push(...(await titlesOnPage(page)));
      }
      expect(back).toEqual(seen.toReversed());
      await expect(page.getByRole("link", { name: "Nyare inlägg" })).toHaveCount(0);
    });

    test("a post page links its newer and older neighbours beside Startsida", async ({ page }) => {
      const year = javaScriptEnabled ? 1991 : 1992;
      const label = `e2e-granne-${randomUUID().slice(0, 8)}`;
      const [older, middle, newer] = await Promise.all(
        [1, 2, 3].map((day) => createPublishedPost({ labels: [label], title: `Granne ${day} ${label}`, publishedAt: new Date(Date.UTC(year, 2, day, 12)) })),
      );
      await page.goto(middle!.path);
      const pager = page.getByRole("navigation", { name: "Bläddra i bloggen" }).last();
      await expect(pager.getByRole("link", { name: "Startsida" })).toHaveAttribute("href", "/");
      await pager.getByRole("link", { name: "Äldre inlägg" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(older!.title);
      await page.goto(middle!.path);
      await page.getByRole("navigation", { name: "Bläddra i bloggen" }).last().getByRole("link", { name: "Nyare inlägg" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(newer!.title);
    });

    test("Svara opens the comment form as a reply, and the reply is threaded under the comment", async ({ page }) => {
      const post = await createPublishedPost({ publishedComments: ["Första kommentaren"] });
      const postPage = new PostPage(page);
      await postPage.goto(post.path);
      const parent = postPage.comment("Första kommentaren");
      await parent.getByRole("link", { name: /^Svara/ }).click();
      await expect(page).toHaveURL(/\?replyTo=[^#]+#comment-form$/);
      await expect(page.getByText("Svar till E2E-läsare")).toBeVisible();
      await postPage.writeComment({ name: "Svarare", body: `Ett svar ${javaScriptEnabled ? "med" : "utan"} JavaScript.` });
      await expect(parent.locator(".comment-thread .comment").filter({ hasText: "Ett svar" })).toBeVisible();
      const stored = await e2eDb().comment.findFirst({ where: { postId: post.id, authorName: "Svarare" }, select: { parentId: true } });
      expect(stored?.parentId).toBeTruthy();
    });
  });
}

test("a deleted post's address answers 410 Gone with the blog's page", async ({ request }) => {
  const path = `/1996/01/borttagen-${randomUUID().slice(0, 8)}.html`;
  // An address whose post was deleted: the row stays, leading nowhere.
  await e2eDb().address.create({ data: { path } });
  const response = await request.get(path);
  expect(response.status()).toBe(410);
  const html = await response.text();
  expect(html).toContain("Sidan har tagits bort</h1>");
  expect(html).toMatch(/<title>Sidan har tagits bort \| /);
});

test("a post page offers e-mail and copy-link sharing, a favicon, and author links without nofollow", async ({ page, context }) => {
  const post = await createPublishedPost({ bodyHtml: '<p>Se <a href="https://example.org/källa">källan</a>.</p>', publishedComments: ['Läs <a href="https://example.com/">min blogg</a>'] });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(post.path);
  const mail = page.getByRole("link", { name: "Skicka med e-post" });
  await expect(mail).toHaveAttribute("href", new RegExp(`^mailto:\\?subject=${encodeURIComponent(post.title)}&body=http`));
  await page.getByRole("link", { name: "Kopiera länk" }).click();
  await expect(page.getByText("Länken är kopierad.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${post.path.replace(/\./g, "\\.")}$`));
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /favicon\.svg/);
  await expect(page.locator(".post-body a")).not.toHaveAttribute("rel", /nofollow/);
  await expect(page.locator(".comment-body a")).toHaveAttribute("rel", /nofollow/);
});
