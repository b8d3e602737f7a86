import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { callerFor, makeBlog, makePost, unique } from "../../test/factories";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db, { language: "sv", timezone: "Europe/Stockholm" });
});
afterAll(() => testDb.cleanup());

describe("post.search", () => {
  it("finds posts by title and body, best first, with highlighted, escaped snippets and permalinks", async () => {
    const term = unique("sokord").replace("-", "");
    const inBody = await makePost(testDb.db, { title: "<Rubrik> & annat", bodyHtml: `<p>Här står ${term} i &lt;texten&gt;.</p>`, publishedAt: new Date("2009-01-31T23:30:00Z") });
    const inTitle = await makePost(testDb.db, { title: `Om ${term}`, bodyHtml: "<p>Kort.</p>" });
    const { results } = await callerFor(testDb.db).post.search({ q: term });
    expect(results.map((result) => result.post.id)).toEqual([inTitle.id, inBody.id]);
    expect(results[0]?.titleHtml).toBe(`Om <mark>${term}</mark>`);
    expect(results[1]).toMatchObject({
      titleHtml: "&lt;Rubrik&gt; &amp; annat",
      snippetHtml: `Här står <mark>${term}</mark> i &lt;texten&gt;.`,
      post: { path: `/2009/02/${inBody.slug}.html` },
    });
  });

  it("answers hostile queries with results or none, never an error", async () => {
    const api = callerFor(testDb.db);
    for (const q of ['"', "OR", "NEAR(a b)", "*", "a:b", "(", "');DROP TABLE Post;--", "a\u0000b", "\u0000", "x\uD800y", "\u0001\u001f"]) {
      await expect(api.post.search({ q })).resolves.toMatchObject({ query: q });
    }
  });

  it("refuses an empty or overlong query with BAD_REQUEST", async () => {
    const api = callerFor(testDb.db);
    await expect(api.post.search({ q: "   " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.post.search({ q: "x".repeat(201) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
