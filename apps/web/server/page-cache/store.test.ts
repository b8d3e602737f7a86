import { describe, expect, it } from "vitest";
import { PageStore, type StoredEntry } from "./store";

const entry = (key: string, size: number, tags: string[] = [], minor = false): StoredEntry => ({ key, size, tags: new Set(tags), minor });

describe("PageStore", () => {
  it("drops the least recently used entries when over budget", () => {
    const store = new PageStore(1000, 0.2);
    store.set(entry("a", 90));
    store.set(entry("b", 90));
    store.get("a");
    for (let i = 0; i < 7; i++) store.set(entry(`c${i}`, 90));
    expect(store.get("a")).toBeDefined();
    expect(store.get("b")).toBeUndefined();
    expect(store.bytes).toBeLessThanOrEqual(1000);
  });

  it("keeps free-form entries in their own small budget, so they never push out the others", () => {
    const store = new PageStore(1000, 0.2);
    store.set(entry("home", 90));
    for (let i = 0; i < 100; i++) store.set(entry(`search-${i}`, 20, [], true));
    expect(store.get("home")).toBeDefined();
    expect(store.get("search-99")).toBeDefined();
    expect(store.get("search-0")).toBeUndefined();
  });

  it("refuses an entry bigger than an eighth of its budget", () => {
    const store = new PageStore(1000, 0.2);
    expect(store.set(entry("big", 200))).toBe(false);
    expect(store.set(entry("fits", 100))).toBe(true);
  });

  it("drops by tag, and bumps the generation on every drop", () => {
    const store = new PageStore(10_000);
    store.set(entry("post", 10, ["post:1", "comments:1"]));
    store.set(entry("home", 10, ["list", "post:1", "post:2"]));
    store.set(entry("other", 10, ["post:3"]));
    const generation = store.generation;
    expect(store.dropTags(["comments:1"]).sort()).toEqual(["post"]);
    expect(store.dropTags(["post:2", "post:9"])).toEqual(["home"]);
    expect(store.generation).toBe(generation + 2);
    expect(store.size).toBe(1);
    expect(store.clear()).toEqual(["other"]);
    expect(store.bytes).toBe(0);
  });
});
