import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportComment, ImportItem, ImportPost, ImportSettings } from "../model";
import type { ReportLine } from "../report";
import { readBloggerExport, type ExportFormat } from "./read-export";
import { openExportSource } from "./source";
import { ExportFileError } from "./xml-entries";

const FIXTURES = join(import.meta.dirname, "../../../test/fixtures/blogger");
const TAKEOUT_FEED = join(FIXTURES, "takeout/Takeout/Blogger/Blogs/Min gamla blogg/feed.atom");

async function* chunksOf(text: string, size = 7) {
  // Small chunks: multi-byte characters and tags are split across writes, as on a real stream.
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function readAll(chunks: AsyncIterable<string>) {
  const items: ImportItem[] = [];
  const lines: ReportLine[] = [];
  let format: ExportFormat | null = null;
  for await (const event of readBloggerExport(chunks)) {
    if (event.type === "format") format = event.format;
    else {
      lines.push(...event.lines);
      if (event.type === "item") items.push(event.item);
    }
  }
  return { items, lines, format };
}

async function readFixture(path: string) {
  const source = await openExportSource(path);
  return readAll(source.read());
}

const posts = (items: ImportItem[]) => items.filter((i): i is ImportPost => i.type === "post");
const comments = (items: ImportItem[]) => items.filter((i): i is ImportComment => i.type === "comment");
const byId = <T extends { sourceId: string }>(list: T[], id: string) => list.find((i) => i.sourceId === id)!;

describe("classic Blogger export", () => {
  it("reads posts, pages, drafts, labels and settings, and skips the template", async () => {
    const { items, lines, format } = await readFixture(join(FIXTURES, "classic.xml"));
    expect(format).toBe("classic");
    const post = byId(posts(items), "blogger:1001");
    expect(post).toMatchObject({
      kind: "post",
      status: "published",
      title: "Sociala medier på myndigheters intranät",
      labels: ["offentlig sektor", "intranät", "Enterprise 2.0"],
      publishedAt: new Date("2009-02-02T09:14:00Z"),
      updatedAt: new Date("2009-02-03T07:00:00Z"),
      author: { name: "Anna Svensson", uri: "https://www.blogger.com/profile/111" },
    });
    expect(post.oldPaths[0]).toBe("/2009/02/sociala-medier-pa-myndigheters-intranat.html");
    expect(post.oldPaths).toContain("/2009/02/sociala-medier-pa-myndigheters-intranat.html?m=1");
    // Escaped HTML arrives as HTML; its own entities stay entities for the sanitizer.
    expect(post.bodyHtml).toContain('<div class="separator" style="clear: both; text-align: center;">');
    expect(post.bodyHtml).toContain("villkoren&nbsp;för");
    expect(post.bodyHtml).toContain("sex punkter &amp; mer");
    expect(post.author).not.toHaveProperty("email");

    const page = byId(posts(items), "blogger:1010");
    expect(page).toMatchObject({ kind: "page", title: "Om bloggen", oldPaths: ["/p/om-bloggen.html", "/p/om-bloggen.html?m=1"] });

    expect(byId(posts(items), "blogger:1008")).toMatchObject({ status: "draft", publishedAt: new Date("2011-06-01T07:00:00Z"), oldPaths: [] });
    expect(byId(posts(items), "blogger:1009")).toMatchObject({ status: "draft", publishedAt: null });
    expect(lines.filter((l) => l.code === "undated-draft").map((l) => l.ref?.id)).toEqual(["tag:blogger.com,1999:blog-7000.post-1009"]);
    expect(lines.filter((l) => l.code === "untitled").map((l) => l.ref?.id)).toEqual(["tag:blogger.com,1999:blog-7000.post-1003"]);
    expect(lines.filter((l) => l.code === "template")).toHaveLength(1);
    expect(lines.filter((l) => l.code === "data-image")).toHaveLength(1);

    const settings = Object.assign({}, ...items.filter((i): i is ImportSettings => i.type === "settings")) as ImportSettings;
    expect(settings).toMatchObject({
      title: "Min gamla blogg",
      description: "Om intranät & kommunikation i offentlig sektor",
      language: "sv",
      timezone: "Europe/Stockholm",
    });
  });

  it("decodes percent-encoded unicode permalinks and keeps the encoded form as an alias", async () => {
    const { items } = await readFixture(join(FIXTURES, "classic.xml"));
    const post = byId(posts(items), "blogger:1006");
    expect(post.oldPaths[0]).toBe("/2011/05/året-runt.html");
    expect(post.oldPaths).toContain("/2011/05/%C3%A5ret-runt.html");
  });

  it("ties comments to their post and to the comment they answer", async () => {
    const { items } = await readFixture(join(FIXTURES, "classic.xml"));
    const list = comments(items);
    expect(byId(list, "blogger:2001")).toMatchObject({ postSourceId: "blogger:1001", parentSourceId: null, author: { name: "Karin" } });
    expect(byId(list, "blogger:2002")).toMatchObject({ postSourceId: "blogger:1001", parentSourceId: "blogger:2001", author: { name: "Johan S", uri: "http://johan.example.org/" } });
    expect(byId(list, "blogger:2004")).toMatchObject({ parentSourceId: "blogger:2002", createdAt: new Date("2009-02-03T08:00:00Z") });
    expect(byId(list, "blogger:2003").author).toMatchObject({ name: "Anonymous", anonymous: true });
    expect(byId(list, "blogger:2002").bodyHtml).toBe("Håller med om <i>det mesta</i>.<br />Men inte allt.");
  });

  it("reads the same items however the text is split", async () => {
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(join(FIXTURES, "classic.xml"), "utf8");
    const whole = await readFixture(join(FIXTURES, "classic.xml"));
    const split = await readAll(chunksOf(text, 5));
    expect(split.items).toEqual(whole.items);
  });
});

describe("Google Takeout feed.atom", () => {
  it("reads types, statuses, filenames, labels and the blogger: fields", async () => {
    const { items, lines, format } = await readFixture(TAKEOUT_FEED);
    expect(format).toBe("takeout");
    const post = byId(posts(items), "blogger:3001");
    expect(post).toMatchObject({
      kind: "post",
      status: "published",
      title: "Nyårslöften för intranätredaktören",
      labels: ["intranät", "offentlig sektor"],
      publishedAt: new Date("2012-03-03T12:00:00Z"),
      createdAt: new Date("2012-01-01T09:00:00Z"),
      oldPaths: expect.arrayContaining(["/2012/03/nyarsloften-for-intranatredaktoren.html"]),
      metaDescription: "Fem nyårslöften för den som sköter ett intranät.",
      location: "Stockholm, Sverige",
    });
    expect(byId(posts(items), "blogger:3002").oldPaths[0]).toBe("/2012/02/öppna-data.html");
    expect(byId(posts(items), "blogger:3004")).toMatchObject({ mobileCopy: true });
    expect(byId(posts(items), "blogger:3005")).toMatchObject({ status: "draft", publishedAt: null, oldPaths: [], labels: ["e-tjänster"] });
    expect(byId(posts(items), "blogger:3007")).toMatchObject({ kind: "page", oldPaths: expect.arrayContaining(["/p/kontakt.html"]) });
    expect(posts(items).find((p) => p.sourceId === "blogger:3006")).toBeUndefined();
    expect(lines.find((l) => l.code === "trashed")?.ref?.id).toBe("tag:blogger.com,1999:blog-8000.post-3006");
    expect(lines.find((l) => l.code === "location")).toBeDefined();
  });

  it("reads comments with parent, reply and anonymous authors; holds those that are not live", async () => {
    const { items, lines } = await readFixture(TAKEOUT_FEED);
    const list = comments(items);
    expect(byId(list, "blogger:3101")).toMatchObject({ postSourceId: "blogger:3001", parentSourceId: null, author: { name: "Karin", anonymous: true }, status: "published" });
    expect(byId(list, "blogger:3102")).toMatchObject({ postSourceId: "blogger:3001", parentSourceId: "blogger:3101", author: { name: "Anna Svensson", uri: "https://www.blogger.com/profile/111" } });
    expect(byId(list, "blogger:3104")).toMatchObject({ status: "pending" });
    expect(lines.filter((l) => l.code === "held-comment")).toHaveLength(1);
  });

  it("finds feed.atom and settings.csv in the Takeout folder", async () => {
    const source = await openExportSource(join(FIXTURES, "takeout"));
    expect(source.name).toBe("Takeout/Blogger/Blogs/Min gamla blogg/feed.atom");
    expect(source.settingsCsv).toContain("BLOG_TIME_ZONE,Europe/Stockholm");
  });
});

describe("files that are not Blogger exports", () => {
  it("names the line and entry of a syntax error", async () => {
    const text = `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><id>tag:blogger.com,1999:blog-1.post-5</id>\n<title>Oops</tittle></entry></feed>`;
    await expect(readAll(chunksOf(text))).rejects.toThrow(/line 4, column \d+ \(in entry 1, tag:blogger.com,1999:blog-1.post-5, which starts on line 3\)/);
  });

  it("refuses an RSS feed, an empty file and a plain Atom feed with a reason", async () => {
    await expect(readAll(chunksOf(`<rss version="2.0"><channel/></rss>`))).rejects.toThrow(/starts with <rss>/);
    await expect(readAll(chunksOf(""))).rejects.toThrow(ExportFileError);
    const plain = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:x</id><title>Hej</title></entry></feed>`;
    await expect(readAll(chunksOf(plain))).rejects.toThrow(/none of its 1 entries/);
  });
});
