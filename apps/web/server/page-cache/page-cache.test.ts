import { describe, expect, it } from "vitest";
import { CacheTag, createInProcessTransport, type Change } from "@crestwood/api/changes";
import type { ChangeLogRow, DatabaseWatch } from "@crestwood/db/watch";
import { PageCache, type Rendered } from "./page-cache";

function fakeWatch() {
  const state = { rows: [] as ChangeLogRow[], next: null as Date | null, id: 0 };
  const watch: DatabaseWatch = {
    readNewChanges: () => state.rows.splice(0),
    nextScheduledPublication: (now) => (state.next && state.next > now ? state.next : null),
    blogSettings: () => ({ secret: "secret", allowedOrigins: [] }),
    refresh: () => Promise.resolve(),
    close: () => undefined,
  };
  return { watch, state, log: (change: Change) => state.rows.push({ id: ++state.id, change: JSON.stringify(change) }) };
}

function page(tags: string[], html = "<p>x</p>"): Rendered {
  return { response: { status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: Buffer.from(html) }, tags: new Set(tags) };
}

function setup(now = { t: Date.UTC(2030, 0, 1) }) {
  const { watch, state, log } = fakeWatch();
  const transport = createInProcessTransport();
  const cache = new PageCache({ limitBytes: 1024 * 1024, watch, transport, placeholder: "@@", now: () => now.t });
  const store = async (key: string, tags: string[]) => {
    const { result } = cache.fill(key, false, async () => page(tags));
    return result;
  };
  return { cache, transport, state, log, now, store };
}

const postTags = (id: string) => [CacheTag.post(id), CacheTag.comments(id), CacheTag.sidebar];

describe("PageCache", () => {
  it("a comment drops its post's page and the lists showing its count, nothing else", async () => {
    const { cache, transport, store } = setup();
    await store("/p1", postTags("p1"));
    await store("/p2", postTags("p2"));
    await store("/", [CacheTag.list, CacheTag.sidebar, ...postTags("p1"), ...postTags("p2")]);
    await store("/label-b", [CacheTag.label("b"), CacheTag.sidebar, ...postTags("p2")]);
    await store("/feeds/comments", [CacheTag.allComments, CacheTag.post("p2")]);
    transport.publish([{ type: "comment.changed", postId: "p1" }]);
    expect(["/p1", "/p2", "/", "/label-b", "/feeds/comments"].map((key) => Boolean(cache.lookup(key)))).toEqual([false, true, false, true, false]);
  });

  it("a new post drops every page with the sidebar and the lists, not another label's feed", async () => {
    const { cache, transport, store } = setup();
    await store("/p1", postTags("p1"));
    await store("/feeds/posts/-/c", [CacheTag.label("c"), CacheTag.post("p1")]);
    const dropped = cache.apply([{ type: "post.changed", id: "p3", kind: "post", oldPaths: [], newPaths: ["/2030/01/n.html"], labels: ["a"], months: ["2030-01"], shown: true, listing: true }]);
    expect(dropped).toBe(1);
    expect(cache.lookup("/feeds/posts/-/c")).toBeDefined();
    transport.publish([{ type: "settings.changed" }]);
    expect(cache.store.size).toBe(0);
  });

  it("reads changes other processes logged, before the next lookup", async () => {
    const { cache, log, state, store } = setup();
    await store("/p1", postTags("p1"));
    log({ type: "comment.changed", postId: "p1" });
    expect(cache.lookup("/p1")).toBeDefined();
    cache.maintain();
    expect(cache.lookup("/p1")).toBeUndefined();
    // Something unreadable (another version's change) counts as everything.
    await store("/p2", postTags("p2"));
    state.rows.push({ id: 99, change: '{"type":"comment.renamed"}' });
    cache.maintain();
    expect(cache.store.size).toBe(0);
  });

  it("does not keep a page whose render overlapped a change (it may show what changed)", async () => {
    const { cache, transport } = setup();
    let finish: (value: Rendered) => void = () => undefined;
    const { result } = cache.fill("/p1", false, () => new Promise<Rendered>((resolve) => (finish = resolve)));
    transport.publish([{ type: "comment.changed", postId: "other" }]);
    // A reader arriving after the change does not join the render that began before it.
    const late = cache.fill("/p1", false, async () => page(postTags("p1"), "<p>fresh</p>"));
    expect(late.leader).toBe(true);
    finish(page(postTags("p1"), "<p>stale</p>"));
    expect(await result).toMatchObject({ kind: "entry", stored: false });
    expect(await late.result).toMatchObject({ kind: "entry", stored: true });
    expect(cache.lookup("/p1")?.segments[0]?.toString()).toBe("<p>fresh</p>");
  });

  it("keeps nothing that set a cookie, failed, or declared nothing", async () => {
    const { cache } = setup();
    const cookie = page(postTags("p1"));
    cookie.response.headers["set-cookie"] = "a=b";
    const failed = page(postTags("p1"));
    failed.response.status = 500;
    for (const [key, rendered] of [["/a", cookie], ["/b", failed], ["/c", page([])]] as const) {
      expect(await cache.fill(key, false, async () => rendered).result).toMatchObject({ kind: "uncacheable" });
    }
    expect(cache.store.size).toBe(0);
  });

  it("drops everything when a scheduled post's time comes, and when the log went unread for a day", async () => {
    const { cache, state, now, store } = setup();
    state.next = new Date(now.t + 60_000);
    cache.apply([{ type: "everything.changed", reason: "reschedule" }]);
    await store("/", [CacheTag.list]);
    now.t += 30_000;
    cache.maintain();
    expect(cache.lookup("/")).toBeDefined();
    now.t += 31_000;
    cache.maintain();
    expect(cache.lookup("/")).toBeUndefined();

    await store("/", [CacheTag.list]);
    now.t += 25 * 60 * 60 * 1000;
    cache.maintain();
    expect(cache.lookup("/")).toBeUndefined();
  });
});
