import { describe, expect, it } from "vitest";
import type { WatchedBlogSettings } from "@crestwood/db/watch";
import { BlogSettings } from "./blog-settings";

function fakeDb(initial: WatchedBlogSettings | null) {
  const db = { row: initial, reads: 0 };
  const settings = new BlogSettings(() => {
    db.reads++;
    return db.row;
  });
  return { db, settings };
}

describe("BlogSettings", () => {
  it("reads the database once, and again only after an announced settings change", () => {
    const { db, settings } = fakeDb({ secret: "s1", allowedOrigins: [] });
    expect(settings.readerPolicy()).not.toContain("https://stats.example.com");
    expect(settings.secret()).toBe("s1");
    expect(db.reads).toBe(1);

    db.row = { secret: "s2", allowedOrigins: ["https://stats.example.com"] };
    settings.follow([{ type: "comment.changed", postId: "p" }]);
    expect(settings.readerPolicy()).not.toContain("https://stats.example.com");
    expect(db.reads).toBe(1);

    settings.follow([{ type: "settings.changed" }]);
    expect(settings.readerPolicy()).toMatch(/script-src [^;]*https:\/\/stats\.example\.com/);
    expect(settings.secret()).toBe("s2");
    expect(db.reads).toBe(2);
  });

  it("before the blog exists: the plain policy, no secret, and asks again next time", () => {
    const { db, settings } = fakeDb(null);
    expect(settings.secret()).toBeNull();
    expect(settings.readerPolicy()).toContain("script-src 'sha256-");
    db.row = { secret: "s", allowedOrigins: [] };
    expect(settings.secret()).toBe("s");
  });
});
