import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Sociala medier på myndigheters intranät", "sociala-medier-pa-myndigheters-intranat"],
    ["Nyårslöften för intranätredaktören", "nyarsloften-for-intranatredaktoren"],
    ["  Hello, World!  ", "hello-world"],
    ["Straße & Øl – 2009", "strasse-ol-2009"],
    ["C'est l'été", "c-est-l-ete"],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it("never returns an empty slug", () => {
    expect(slugify("!!!")).toBe("post");
    expect(slugify("日本語")).toBe("post");
  });

  it("cuts long titles at a word", () => {
    const slug = slugify("word ".repeat(40), 20);
    expect(slug.length).toBeLessThanOrEqual(20);
    expect(slug).toMatch(SLUG_PATTERN);
  });
});

describe("SLUG_PATTERN", () => {
  it("accepts generated, Blogger and unicode slugs, and refuses what would break a path", () => {
    for (const slug of ["hello-world", "blog-post_15", "år-och-dag", "日本語", "ελληνικά-2"]) expect(slug, slug).toMatch(SLUG_PATTERN);
    for (const slug of ["Not A Slug", "a/b", "a.b", "-a", "a-", "a--b", "a%20b", "Hello", ""]) expect(slug, slug).not.toMatch(SLUG_PATTERN);
  });
});
