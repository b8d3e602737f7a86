import { describe, expect, it } from "vitest";
import {
  addressKey,
  formatArchivePath,
  formatCursor,
  formatFeedPath,
  formatHomePath,
  formatLabelPath,
  formatPagePath,
  formatPostPath,
  formatSearchPath,
  formatSitemapPath,
  parseAddress,
  parseArchivePath,
  parseCursor,
  parseFeedPath,
  parseLabelPath,
  parseLegacyPath,
  parseMaxResults,
  parsePagePath,
  parsePaging,
  parsePostPath,
  parseSearchPath,
  parseSitemapPage,
} from "./addresses";

const STOCKHOLM = "Europe/Stockholm";

describe("posts and pages", () => {
  it("formats the year and month of publication in the blog's timezone", () => {
    // 23:30 UTC on 31 January is already February in Stockholm.
    expect(formatPostPath({ slug: "x", publishedAt: new Date("2009-01-31T23:30:00Z") }, STOCKHOLM)).toBe("/2009/02/x.html");
    expect(formatPostPath({ slug: "x", publishedAt: new Date("2009-01-31T23:30:00Z") }, "UTC")).toBe("/2009/01/x.html");
    expect(formatPostPath({ slug: "om", publishedAt: new Date(), kind: "page" }, STOCKHOLM)).toBe("/p/om.html");
  });

  it("round-trips unicode and Blogger's underscore slugs", () => {
    for (const slug of ["blog-post_15", "år-och-dag", "日本語", "ελληνικά-2"]) {
      const path = formatPostPath({ slug, publishedAt: new Date("2010-05-05T12:00:00Z") }, "UTC");
      expect(path).not.toMatch(/[^\x21-\x7e]/);
      expect(parsePostPath(path)).toEqual({ kind: "post", year: 2010, month: 5, slug });
      expect(parsePagePath(formatPagePath(slug))).toEqual({ kind: "page", slug });
    }
  });

  it("reads percent-encoded, raw and decomposed unicode alike (NFC)", () => {
    const expected = { kind: "post", year: 2009, month: 2, slug: "år" };
    expect(parsePostPath("/2009/02/%C3%A5r.html")).toEqual(expected);
    expect(parsePostPath("/2009/02/år.html")).toEqual(expected);
    expect(parsePostPath("/2009/02/a\u030Ar.html")).toEqual(expected);
    expect(parsePostPath("/2009/02/a%CC%8Ar.html")).toEqual(expected);
  });

  it("ignores a trailing slash and the query (?m=1, ?showComment=)", () => {
    const expected = { kind: "post", year: 2009, month: 2, slug: "x" };
    expect(parsePostPath("/2009/02/x.html/")).toEqual(expected);
    expect(parsePostPath("/2009/02/x.html?m=1")).toEqual(expected);
    expect(parsePostPath("/2009/02/x.html?showComment=1234#c5")).toEqual(expected);
    expect(parsePagePath("/p/om.html?m=0")).toEqual({ kind: "page", slug: "om" });
  });

  it("refuses bad months, years, missing .html and path tricks", () => {
    for (const path of [
      "/2009/13/x.html",
      "/2009/00/x.html",
      "/2009/2/x.html",
      "/209/02/x.html",
      "/0000/02/x.html",
      "/2009/02/x",
      "/2009/02/.html",
      "/2009/02/a%2Fb.html",
      "/2009/02/a.b.html",
      "/2009/02/%E0%A4%A.html",
      "/2009/02/x.html/extra",
      "/2009/02/a b.html",
    ]) {
      expect(parsePostPath(path), path).toBeNull();
    }
    expect(parsePagePath("/p/.html")).toBeNull();
    expect(parsePagePath("/q/x.html")).toBeNull();
  });
});

describe("labels, archives, home and search", () => {
  it("round-trips label names, unicode and reserved characters included", () => {
    for (const name of ["Intranät", "C# & .NET", "a/b", "100%", "日本"]) {
      const path = formatLabelPath(name);
      expect(path.startsWith("/search/label/")).toBe(true);
      expect(parseLabelPath(path)).toEqual({ kind: "label", name });
    }
    expect(formatLabelPath("Intranät")).toBe("/search/label/Intran%C3%A4t");
    expect(parseLabelPath("/search/label/Intran%C3%A4t/")).toEqual({ kind: "label", name: "Intranät" });
    expect(parseLabelPath("/search/label/%20")).toBeNull();
  });

  it("parses archive periods with and without the final slash, and refuses bad months", () => {
    expect(parseArchivePath("/2009/")).toEqual({ kind: "archive", year: 2009 });
    expect(parseArchivePath("/2009")).toEqual({ kind: "archive", year: 2009 });
    expect(parseArchivePath("/2009/02/")).toEqual({ kind: "archive", year: 2009, month: 2 });
    expect(parseArchivePath("/2009/02?m=1")).toEqual({ kind: "archive", year: 2009, month: 2 });
    for (const path of ["/2009/13/", "/2009/1/", "/20091/", "/abcd/", "/2009/02/03/"]) expect(parseArchivePath(path), path).toBeNull();
    expect(formatArchivePath({ year: 2009, month: 2 })).toBe("/2009/02/");
    expect(formatArchivePath({ year: 2009 })).toBe("/2009/");
  });

  it("formats and reads search addresses", () => {
    expect(formatSearchPath("intranät & co")).toBe("/search?q=intran%C3%A4t%20%26%20co");
    expect(parseSearchPath("/search", new URLSearchParams("q=intran%C3%A4t%20%26%20co"))).toEqual({ kind: "search", query: "intranät & co" });
    expect(parseSearchPath("/search/", {})).toEqual({ kind: "search", query: "" });
  });

  it("names every kind of address", () => {
    expect(parseAddress("/")).toEqual({ kind: "home" });
    expect(parseAddress("/2009/02/x.html")?.kind).toBe("post");
    expect(parseAddress("/p/x.html")?.kind).toBe("page");
    expect(parseAddress("/search/label/x")?.kind).toBe("label");
    expect(parseAddress("/2009/02/")?.kind).toBe("archive");
    expect(parseAddress("/search", { q: "x" })?.kind).toBe("search");
    expect(parseAddress("/feeds/posts/default")?.kind).toBe("feed");
    expect(parseAddress("/2009_02_01_archive.html")).toEqual({ kind: "legacy", to: "/2009/02/" });
    expect(parseAddress("/finns/inte/alls")).toBeNull();
  });
});

describe("paging", () => {
  it("round-trips a cursor with its tie-breaking id", () => {
    const cursor = { at: new Date("2025-06-01T10:00:00.000Z"), id: "cm1abc_DEF-2" };
    expect(parseCursor(formatCursor(cursor))).toEqual(cursor);
    const query = new URLSearchParams(formatHomePath({ cursor, maxResults: 3 }).slice(2));
    expect(parsePaging(query)).toEqual({ cursor, direction: "older", maxResults: 3 });
  });

  it("reads Blogger's updated-max without an id, offsets and an unencoded '+' included", () => {
    expect(parseCursor("2009-02-02T09:14:00+01:00")).toEqual({ at: new Date("2009-02-02T08:14:00Z") });
    expect(parseCursor("2009-02-02T09:14:00 01:00")).toEqual({ at: new Date("2009-02-02T08:14:00Z") });
    expect(parseCursor("2009-02-02T09:14:00.001-08:00")).toEqual({ at: new Date("2009-02-02T17:14:00.001Z") });
    for (const bad of ["", "igår", "2009-13-45T00:00:00Z", "1234", "NaN"]) expect(parseCursor(bad), bad).toBeNull();
    // An id that cannot be one is dropped; the time still pages.
    expect(parseCursor("2009-02-02T09:14:00Z~<script>")).toEqual({ at: new Date("2009-02-02T09:14:00Z") });
  });

  it("reads the direction and clamps max-results like Blogger", () => {
    const at = "2025-06-01T10:00:00.000Z~a";
    expect(parsePaging({ "updated-max": at, "reverse-paginate": "true" }).direction).toBe("newer");
    // Newer without a cursor is the first page.
    expect(parsePaging({ "reverse-paginate": "true" })).toEqual({ cursor: undefined, direction: "older", maxResults: undefined });
    expect(parseMaxResults("0")).toBe(1);
    expect(parseMaxResults("5000")).toBe(100);
    expect(parseMaxResults("7")).toBe(7);
    expect(parseMaxResults("sju")).toBeUndefined();
    expect(parseMaxResults("-1")).toBeUndefined();
    expect(formatLabelPath("a", { cursor: { at: new Date(0), id: "x" }, direction: "newer", maxResults: 2 })).toBe(
      "/search/label/a?updated-max=1970-01-01T00%3A00%3A00.000Z~x&max-results=2&reverse-paginate=true",
    );
  });
});

describe("feeds and sitemaps", () => {
  it("formats and parses the four feeds and their projections", () => {
    expect(formatFeedPath({ feed: "posts" })).toBe("/feeds/posts/default");
    expect(formatFeedPath({ feed: "posts" }, { format: "rss" })).toBe("/feeds/posts/default?alt=rss");
    expect(formatFeedPath({ feed: "posts", label: "Intranät" })).toBe("/feeds/posts/default/-/Intran%C3%A4t");
    expect(formatFeedPath({ feed: "comments", postId: "abc" })).toBe("/feeds/abc/comments/default");
    expect(formatFeedPath({ feed: "comments" }, { paging: { cursor: { at: new Date(0) } } })).toBe("/feeds/comments/default?updated-max=1970-01-01T00%3A00%3A00.000Z");
    expect(parseFeedPath("/feeds/posts/default")).toEqual({ kind: "feed", feed: "posts" });
    expect(parseFeedPath("/feeds/posts/full")).toEqual({ kind: "feed", feed: "posts" });
    expect(parseFeedPath("/feeds/posts/summary/-/Intran%C3%A4t")).toEqual({ kind: "feed", feed: "posts", label: "Intranät" });
    expect(parseFeedPath("/feeds/comments/default")).toEqual({ kind: "feed", feed: "comments" });
    expect(parseFeedPath("/feeds/abc/comments/full")).toEqual({ kind: "feed", feed: "comments", postId: "abc" });
    for (const bad of ["/feeds/posts/other", "/feeds/posts/default/-/", "/feeds/a b/comments/default", "/feeds"]) expect(parseFeedPath(bad), bad).toBeNull();
  });

  it("formats Blogger's sitemap index and pages", () => {
    expect(formatSitemapPath()).toBe("/sitemap.xml");
    expect(formatSitemapPath(2)).toBe("/sitemap.xml?page=2");
    expect(parseSitemapPage({ page: "2" })).toBe(2);
    for (const bad of ["0", "-1", "x", "1e3"]) expect(parseSitemapPage({ page: bad })).toBeUndefined();
  });
});

describe("old forms", () => {
  it("leads Blogger's old addresses to today's", () => {
    expect(parseLegacyPath("/2009_02_01_archive.html")).toBe("/2009/02/");
    expect(parseLegacyPath("/2009_13_01_archive.html")).toBeNull();
    expect(parseLegacyPath("/atom.xml")).toBe("/feeds/posts/default");
    expect(parseLegacyPath("/rss.xml")).toBe("/feeds/posts/default?alt=rss");
    expect(parseLegacyPath("/index.html")).toBe("/");
    expect(parseLegacyPath("/search", { "updated-max": "2009-02-02T09:14:00+01:00", "max-results": "7" })).toBe(
      "/?updated-max=2009-02-02T08%3A14%3A00.000Z&max-results=7",
    );
    expect(parseLegacyPath("/search", { "updated-min": "2009-01-01T00:00:00+01:00", "updated-max": "2010-01-01T00:00:00+01:00" })).toBe("/2009/");
    expect(parseLegacyPath("/search", { "updated-min": "2009-12-01T00:00:00-08:00", "updated-max": "2010-01-01T00:00:00-08:00" })).toBe("/2009/12/");
    // A search stays a search.
    expect(parseLegacyPath("/search", { q: "x", "updated-max": "2009-02-02T09:14:00+01:00" })).toBeNull();
    expect(parseLegacyPath("/search")).toBeNull();
  });

  it("gives one key per post, page or label address, for the address table and importers", () => {
    expect(addressKey("https://example.blogspot.com/2009/02/%C3%A5r.html?m=1")).toBe("/2009/02/år.html");
    expect(addressKey("/2009/02/a\u030Ar.html/")).toBe("/2009/02/år.html");
    expect(addressKey("/p/om.html")).toBe("/p/om.html");
    expect(addressKey("/search/label/Intran%C3%A4t")).toBe("/search/label/Intranät");
    for (const other of ["/", "/2009/02/", "/feeds/posts/default", "http://[bad", "/2009/13/x.html"]) expect(addressKey(other), other).toBeNull();
  });
});
