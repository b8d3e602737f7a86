import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { createCaller, createTRPCContext } from "../index";
import { makeBlog, makePost, unique } from "../../test/factories";
import { atomProblems, readAtom, rssProblems } from "../../test/feed-checks";
import { feedResponse } from "./http";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db, { language: "sv", timezone: "Europe/Stockholm" });
});
afterAll(() => testDb.cleanup());

/** A caller as a route handler makes it: the request's Host decides absolute links. */
function api(host = "blog.example:8080") {
  return createCaller(createTRPCContext({ db: testDb.db, headers: new Headers({ host }) }));
}

async function comment(postId: string, authorName: string, at: Date, status: "published" | "pending" = "published") {
  return testDb.db.comment.create({ data: { postId, authorName, bodyHtml: `Kommentar av ${authorName}`, createdAt: at, status } });
}

describe("feed.render", () => {
  it("gives every feed in Atom, valid against RFC 4287, and in RSS", async () => {
    const label = unique("etikett");
    const post = await makePost(testDb.db, { labels: [label], title: `Ett <inlägg> & ]]> \u0001`, publishedAt: new Date("2009-01-31T23:30:00Z") });
    await comment(post.id, "Karin", new Date("2009-02-01T08:00:00Z"));
    const inputs = [{ feed: "posts" }, { feed: "posts", label }, { feed: "comments" }, { feed: "comments", postId: post.id }] as const;
    for (const input of inputs) {
      const atom = await api().feed.render({ ...input, format: "atom" });
      expect(atomProblems(atom.xml), JSON.stringify(input)).toEqual([]);
      const rss = await api().feed.render({ ...input, format: "rss" });
      expect(rssProblems(rss.xml), JSON.stringify(input)).toEqual([]);
    }
  });

  it("lists visible posts with Blogger permalinks, labels and comment counts, and keeps ids stable", async () => {
    const label = unique("etikett");
    const post = await makePost(testDb.db, { labels: [label], publishedAt: new Date("2009-01-31T23:30:00Z") });
    await makePost(testDb.db, { labels: [label], status: "draft", publishedAt: null });
    await makePost(testDb.db, { labels: [label], status: "scheduled", publishedAt: new Date(Date.now() + 86_400_000) });
    await testDb.db.post.create({ data: { kind: "page", title: "Om", slug: unique("om"), bodyHtml: "<p>Sida</p>", status: "published", publishedAt: new Date(), labels: { create: { label: { connect: { blogId_name: { blogId: 1, name: label } } } } } } });
    await comment(post.id, "A", new Date("2009-02-01T08:00:00Z"));
    await comment(post.id, "B", new Date("2009-02-01T09:00:00Z"), "pending");

    const feed = readAtom((await api().feed.render({ feed: "posts", label })).xml);
    expect(feed.self).toBe(`http://blog.example:8080/feeds/posts/default/-/${encodeURIComponent(label)}`);
    expect(feed.alternate).toBe(`http://blog.example:8080/search/label/${encodeURIComponent(label)}`);
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0]).toMatchObject({
      id: `tag:blog.example,${new Date().getUTCFullYear()}:blog-1.post-${post.id}`,
      alternate: `http://blog.example:8080/2009/02/${post.slug}.html`,
      categories: [label],
      thrTotal: "1",
    });
    // The same post, asked for through another address, keeps its id (ids name the blog, not the port).
    const again = readAtom((await api("blog.example").feed.render({ feed: "posts", label })).xml);
    expect(again.entries[0]?.id).toBe(feed.entries[0]?.id);
  });

  it("builds links from PUBLIC_URL when it is set", async () => {
    const label = unique("etikett");
    await makePost(testDb.db, { labels: [label] });
    const previous = process.env.PUBLIC_URL;
    process.env.PUBLIC_URL = "https://blogg.example.se";
    try {
      const feed = readAtom((await api("evil.example").feed.render({ feed: "posts", label })).xml);
      expect(feed.self).toMatch(/^https:\/\/blogg\.example\.se\/feeds\/posts\/default\/-\//);
      expect(feed.entries[0]?.id).toMatch(/^tag:blogg\.example\.se,/);
    } finally {
      if (previous === undefined) delete process.env.PUBLIC_URL;
      else process.env.PUBLIC_URL = previous;
    }
  });

  it("lists a post's published comments newest first, each replying to the post", async () => {
    const post = await makePost(testDb.db);
    const older = await comment(post.id, "Första", new Date("2020-01-02T10:00:00Z"));
    const newer = await comment(post.id, "Andra", new Date("2020-01-03T10:00:00Z"));
    await comment(post.id, "Väntar", new Date("2020-01-04T10:00:00Z"), "pending");
    const feed = readAtom((await api().feed.render({ feed: "comments", postId: post.id })).xml);
    expect(feed.title).toBe(`Testblogg: ${post.title}`);
    expect(feed.entries.map((entry) => entry.authors[0])).toEqual(["Andra", "Första"]);
    expect(feed.entries[0]?.alternate).toBe(`http://blog.example:8080/2020/01/${post.slug}.html#c${newer.id}`);
    expect(feed.entries[1]?.inReplyTo).toMatch(new RegExp(`\\.post-${post.id}$`));
    expect(feed.updated).toBe("2020-01-03T10:00:00.000Z");
    expect(older.id).toBeTruthy();
  });

  it("answers NOT_FOUND for an unknown label, an unknown post and a draft", async () => {
    const draft = await makePost(testDb.db, { status: "draft", publishedAt: null });
    await expect(api().feed.render({ feed: "posts", label: unique("finns-inte") })).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const postId of ["finns-inte", draft.id]) {
      await expect(api().feed.render({ feed: "comments", postId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("feedResponse", () => {
  it("answers with the feed's content type, ETag and Last-Modified, then 304 to a conditional GET", async () => {
    const post = await makePost(testDb.db);
    await comment(post.id, "Karin", new Date("2021-05-06T07:08:09.500Z"));
    const feed = await api().feed.render({ feed: "comments", postId: post.id });
    const url = `http://blog.example/feeds/${post.id}/comments/default`;

    const first = feedResponse(new Request(url), feed);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(first.headers.get("last-modified")).toBe("Thu, 06 May 2021 07:08:09 GMT");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(atomProblems(await first.text())).toEqual([]);

    const byTag = feedResponse(new Request(url, { headers: { "if-none-match": `"other", ${etag}` } }), feed);
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe("");
    const byDate = feedResponse(new Request(url, { headers: { "if-modified-since": "Thu, 06 May 2021 07:08:09 GMT" } }), feed);
    expect(byDate.status).toBe(304);

    // A new comment changes the document: the old validators no longer match.
    await comment(post.id, "Johan", new Date("2021-05-07T00:00:00Z"));
    const changed = await api().feed.render({ feed: "comments", postId: post.id });
    expect(feedResponse(new Request(url, { headers: { "if-none-match": etag ?? "" } }), changed).status).toBe(200);
    expect(feedResponse(new Request(url, { headers: { "if-modified-since": "Thu, 06 May 2021 07:08:09 GMT" } }), changed).status).toBe(200);

    const rss = feedResponse(new Request(`${url}?alt=rss`), await api().feed.render({ feed: "comments", postId: post.id, format: "rss" }));
    expect(rss.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
  });
});
