import { describe, expect, it } from "vitest";
import { affectedBy } from "./affected";
import type { Change } from "./change";
import { postChanged, type PostState } from "./post-change";

const state = (overrides: Partial<PostState> = {}): PostState => ({
  kind: "post",
  title: "Rubrik",
  visible: true,
  path: "/2009/02/x.html",
  labels: ["a"],
  month: "2009-02",
  publishedAt: Date.UTC(2009, 1, 2),
  ...overrides,
});

describe("affectedBy", () => {
  it("an edit in place drops the post's pages, searches, the sitemap and its month's titles, not every list", () => {
    const affected = affectedBy(postChanged("p1", state(), state({ title: "Ny rubrik" })));
    expect(affected).toEqual({ all: false, tags: expect.arrayContaining(["post:p1", "path:/2009/02/x.html", "search", "sitemap", "titles:2009-02", "addresses"]) });
    expect(affected.all ? [] : affected.tags).not.toContain("sidebar");
    expect(affected.all ? [] : affected.tags).not.toContain("list");
  });

  it("a new or re-dated post drops the lists and counts it moves in and out of", () => {
    const moved = affectedBy(postChanged("p1", state(), state({ publishedAt: Date.UTC(2010, 4, 1), month: "2010-05", path: "/2010/05/x.html", labels: ["b"] })));
    expect(moved.all ? [] : moved.tags).toEqual(
      expect.arrayContaining(["list", "sidebar", "label:a", "label:b", "archive:2009-02", "archive:2010-05", "archive:2009", "archive:2010", "path:/2009/02/x.html", "path:/2010/05/x.html"]),
    );
    const created = affectedBy(postChanged("p2", null, state()));
    expect(created.all ? [] : created.tags).toEqual(expect.arrayContaining(["list", "sidebar", "label:a"]));
  });

  it("a draft or a post still scheduled drops only what shows it (nothing readers see)", () => {
    expect(affectedBy(postChanged("p1", state({ visible: false }), state({ visible: false, title: "x" })))).toEqual({ all: false, tags: ["post:p1", "path:/2009/02/x.html"] });
  });

  it("a page's new title moves the pages widget; its text alone does not", () => {
    const page = { kind: "page" as const, path: "/p/om.html", month: null };
    expect(postChanged("p1", state(page), state({ ...page, title: "Om oss" })).listing).toBe(true);
    expect(postChanged("p1", state(page), state(page)).listing).toBe(false);
  });

  it("a comment drops its post's comments and the blog's comment feed; label, settings and author changes drop everything", () => {
    expect(affectedBy({ type: "comment.changed", postId: "p1" })).toEqual({ all: false, tags: ["comments:p1", "comments"] });
    expect(affectedBy({ type: "media.changed", id: "m", postIds: ["p1", "p2"] })).toEqual({ all: false, tags: ["post:p1", "post:p2"] });
    const everything: Change[] = [{ type: "label.changed", names: ["a"] }, { type: "settings.changed" }, { type: "author.changed", userId: "u" }, { type: "everything.changed", reason: "x" }];
    for (const change of everything) {
      expect(affectedBy(change)).toEqual({ all: true });
    }
  });
});
