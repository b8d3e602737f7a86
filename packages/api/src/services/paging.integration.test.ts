// Keyset paging, walked page by page as a reader follows the links, over random publication times
// with many ties (the editor saves to the minute): every visible post appears exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { createTestDb, type TestDb } from "@crestwood/db/testing";
import { parseCursor, formatCursor, type Cursor } from "../urls";
import { callerFor, makeBlog, makePost, unique } from "../../test/factories";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await makeBlog(testDb.db, { timezone: "Europe/Stockholm" });
});
afterAll(() => testDb.cleanup());

const BASE = Date.UTC(2025, 5, 1, 10, 0);
const MINUTE = 60_000;

type List = Awaited<ReturnType<ReturnType<typeof callerFor>["post"]["list"]>>;

/** Through the URL, as a link carries it: the cursor is formatted and read back. */
function viaLink(cursor: Cursor): Cursor {
  const read = parseCursor(formatCursor(cursor));
  if (!read) throw new Error(`cursor ${formatCursor(cursor)} did not read back`);
  return read;
}

async function walkOlder(list: (input: { olderThan?: Cursor; newerThan?: Cursor }) => Promise<List>) {
  const pages: List[] = [];
  let page = await list({});
  pages.push(page);
  while (page.older) {
    page = await list({ olderThan: viaLink(page.older) });
    pages.push(page);
    if (pages.length > 200) throw new Error("paging does not end");
  }
  return pages;
}

async function walkNewer(list: (input: { olderThan?: Cursor; newerThan?: Cursor }) => Promise<List>, last: List) {
  const pages: List[] = [last];
  let page = last;
  while (page.newer) {
    page = page.newer === "first" ? await list({}) : await list({ newerThan: viaLink(page.newer) });
    pages.push(page);
    if (pages.length > 200) throw new Error("paging does not end");
  }
  return pages;
}

describe("keyset paging (property)", () => {
  it("walks label and archive lists (the home page's query with a filter), both ways, finding each visible post exactly once", async () => {
    await fc.assert(
      fc.asyncProperty(
        // Minutes after BASE (few distinct values: many ties), whether each is visible, page size.
        fc.array(fc.record({ minute: fc.integer({ min: 0, max: 6 }), second: fc.constantFrom(0, 0, 0, 30), status: fc.constantFrom("published", "published", "draft", "scheduled") }), {
          minLength: 1,
          maxLength: 14,
        }),
        fc.integer({ min: 1, max: 4 }),
        async (specs, limit) => {
          const label = unique("paging");
          const now = new Date();
          const made = [];
          for (const spec of specs) {
            const publishedAt = spec.status === "scheduled" ? new Date(now.getTime() + 86_400_000) : spec.status === "draft" ? null : new Date(BASE + spec.minute * MINUTE + spec.second * 1000);
            made.push({ spec, post: await makePost(testDb.db, { labels: [label], status: spec.status as "published" | "draft" | "scheduled", publishedAt }) });
          }
          const visible = made.filter(({ spec }) => spec.status === "published").map(({ post }) => post.id);
          const api = callerFor(testDb.db);
          const lists = {
            label: (input: object) => api.post.list({ label, limit, ...input }),
            archive: (input: object) => api.post.list({ label, limit, from: new Date(Date.UTC(2025, 4, 31, 22)), to: new Date(Date.UTC(2025, 5, 30, 22)), ...input }),
          };
          for (const [name, list] of Object.entries(lists)) {
            const pages = await walkOlder(list);
            const seen = pages.flatMap((page) => page.posts.map((post) => post.id));
            expect(seen.toSorted(), name).toEqual(visible.toSorted());
            expect(new Set(seen).size, name).toBe(seen.length);
            // Newest first, ties by id: the order the cursors rely on.
            const keys = pages.flatMap((page) => page.posts.map((post) => [post.publishedAt.getTime(), post.id] as const));
            for (let i = 1; i < keys.length; i++) {
              const [a, b] = [keys[i - 1]!, keys[i]!];
              expect(a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]), `${name}: order at ${i}`).toBe(true);
            }
            for (const page of pages) expect(page.posts.length, name).toBeLessThanOrEqual(limit);
            // Back again with "newer": every post is seen on the way, ending on the first page.
            const back = await walkNewer(list, pages.at(-1)!);
            expect(new Set(back.flatMap((page) => page.posts.map((post) => post.id)))).toEqual(new Set(visible));
            expect(back.at(-1)!.posts.map((post) => post.id)).toEqual(pages[0]!.posts.map((post) => post.id));
          }
        },
      ),
      { numRuns: 25 },
    );
  }, 180_000);

  it("pages three posts published at the same minute one at a time, Blogger's old time-only links included", async () => {
    const label = unique("same-minute");
    const at = new Date("2025-06-15T08:00:00Z");
    // One after another: three concurrent creates would race to create the label (PostgreSQL refuses the loser).
    const posts = [];
    for (let i = 0; i < 3; i++) posts.push(await makePost(testDb.db, { labels: [label], publishedAt: at }));
    const api = callerFor(testDb.db);
    const first = await api.post.list({ label, limit: 1 });
    const second = await api.post.list({ label, limit: 1, olderThan: first.older! });
    const third = await api.post.list({ label, limit: 1, olderThan: second.older! });
    expect([first, second, third].flatMap((page) => page.posts.map((post) => post.id)).toSorted()).toEqual(posts.map((post) => post.id).toSorted());
    expect(third.older).toBeNull();
    // A link without the id (as Blogger wrote them) means "published strictly before".
    expect((await api.post.list({ label, olderThan: { at } })).posts).toEqual([]);
  });
});
