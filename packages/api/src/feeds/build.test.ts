import { describe, expect, it } from "vitest";
import { atomProblems, htmlTitleText, readAtom, rssProblems } from "../../test/feed-checks";
import { buildCommentsFeed, buildPostsFeed, type CommentEntry, type FeedHead, type PostEntry } from "./build";

const HOSTILE = "Q&A <script>alert(1)</script> ]]> x ]]> & \u0001\u0008\u000b\uFFFE done &amp;";
const HOSTILE_SHOWN = "Q&A <script>alert(1)</script> ]]> x ]]> &  done &amp;";

const head: FeedHead = {
  id: "tag:blog.example,2026:blog-1.posts",
  title: `Blogg ${HOSTILE}`,
  subtitle: `Om ${HOSTILE}`,
  language: "sv",
  alternateUrl: "https://blog.example/",
  selfUrl: { atom: "https://blog.example/feeds/posts/default", rss: "https://blog.example/feeds/posts/default?alt=rss" },
  authorName: `Redaktionen ${HOSTILE}`,
  updated: new Date("2026-01-01T00:00:00Z"),
};

function post(overrides: Partial<PostEntry> = {}): PostEntry {
  return {
    id: "tag:blog.example,2026:blog-1.post-a",
    title: HOSTILE,
    url: "https://blog.example/2009/02/a.html",
    html: `<p>Body with ]]> and <b>bold</b> \u0001</p>`,
    publishedAt: new Date("2009-02-02T09:14:00Z"),
    updatedAt: new Date("2009-02-03T10:00:00Z"),
    authorName: null,
    labels: ["intranät", `<label> & "quoted" ]]>\u0002`],
    commentCount: 3,
    commentsFeedUrl: "https://blog.example/feeds/a/comments/default",
    ...overrides,
  };
}

const comment: CommentEntry = {
  id: "tag:blog.example,2026:blog-1.comment-c1",
  title: HOSTILE,
  url: "https://blog.example/2009/02/a.html#cc1",
  html: `Hej <b>där</b> ]]> \u0007`,
  createdAt: new Date("2009-02-04T08:00:00Z"),
  authorName: `Karin ${HOSTILE}`,
  authorUrl: "https://example.org/karin?a=1&b=<2>",
  post: { id: "tag:blog.example,2026:blog-1.post-a", url: "https://blog.example/2009/02/a.html" },
};

describe("buildPostsFeed", () => {
  it("writes valid Atom from hostile titles, bodies and labels, showing the text as written", () => {
    const xml = buildPostsFeed(head, [post(), post({ id: "tag:blog.example,2026:blog-1.post-b", authorName: "Anna" })], "atom");
    expect(atomProblems(xml)).toEqual([]);
    for (const control of ["\u0001", "\u0002", "\u0008", "\u000b"]) expect(xml).not.toContain(control);
    const feed = readAtom(xml);
    expect(feed.title).toBe(`Blogg ${HOSTILE_SHOWN}`);
    expect(feed.author).toBe(`Redaktionen ${HOSTILE_SHOWN}`);
    expect(feed.self).toBe(head.selfUrl.atom);
    expect(feed.alternate).toBe(head.alternateUrl);
    expect(feed.updated).toBe("2009-02-03T10:00:00.000Z");
    const [first, second] = feed.entries;
    expect(first).toMatchObject({
      id: "tag:blog.example,2026:blog-1.post-a",
      titleType: "html",
      alternate: "https://blog.example/2009/02/a.html",
      thrTotal: "3",
      categories: ["intranät", `<label> & "quoted" ]]>`],
      authors: [],
    });
    // type="html": what a reader shows is the HTML-decoded title, which must be the text itself.
    expect(htmlTitleText(first?.title ?? "")).toBe(HOSTILE_SHOWN);
    expect(first?.content).toBe("<p>Body with ]]&gt; and <b>bold</b> </p>");
    expect(second?.authors).toEqual(["Anna"]);
  });

  it("writes well-formed RSS 2.0 from the same hostile content", () => {
    const xml = buildPostsFeed(head, [post()], "rss");
    expect(rssProblems(xml)).toEqual([]);
    expect(xml).toContain('<atom:link href="https://blog.example/feeds/posts/default?alt=rss" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain("<comments>https://blog.example/2009/02/a.html#comments</comments>");
  });

  it("writes a valid feed with no entries, dated by the blog", () => {
    const xml = buildPostsFeed(head, [], "atom");
    expect(atomProblems(xml)).toEqual([]);
    expect(readAtom(xml).updated).toBe("2026-01-01T00:00:00.000Z");
  });
});

describe("buildCommentsFeed", () => {
  it("writes valid Atom with an author on every entry and the post it replies to", () => {
    const xml = buildCommentsFeed(head, [comment], "atom");
    expect(atomProblems(xml)).toEqual([]);
    const [entry] = readAtom(xml).entries;
    expect(entry).toMatchObject({ authors: [`Karin ${HOSTILE_SHOWN}`], inReplyTo: "tag:blog.example,2026:blog-1.post-a" });
    expect(entry?.content).toBe("Hej <b>där</b> ]]&gt; ");
    expect(rssProblems(buildCommentsFeed(head, [comment], "rss"))).toEqual([]);
  });
});

describe("the checks themselves", () => {
  it("catch a feed without ids, a control character and a missing author", () => {
    expect(atomProblems('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>').length).toBeGreaterThan(0);
    expect(atomProblems(`<feed xmlns="http://www.w3.org/2005/Atom"><title>\u0001</title></feed>`)[0]).toBe("not well-formed");
    const noAuthor = buildCommentsFeed(head, [comment], "atom").replace(/<author>[\s\S]*?<\/author>/g, "");
    expect(atomProblems(noAuthor)).toContain("author rule: the feed has no author and some entry has none");
  });
});
