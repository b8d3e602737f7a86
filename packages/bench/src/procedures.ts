// `pnpm bench` (part 1 of 2; part 2: pages.ts): how the reader procedures scale from a small blog to a large one, on SQLite and on
// PostgreSQL. Every blog is built and measured in the same run, so the ratios hold on a noisy
// machine; the absolute numbers are for this machine only. Target: 100k posts within 3× of 1k
// posts for every reader query, on each database.
// PostgreSQL: POSTGRES_TEST_URL, or a throwaway server from the installed binaries; skipped (and
// said so) when neither is there.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createCaller, createTRPCContext } from "@crestwood/api";
import { createDb, findRepoRoot, type DatabaseProvider } from "@crestwood/db";
import { findPostgresServer, migrateDatabase, NO_POSTGRES_MESSAGE, withScratchDatabase } from "@crestwood/db/testing";
import { fillBlog } from "./fill";
import { measure, type Timing } from "./measure";

const SMALL = 1_000;
const LARGE = Number(process.env.BENCH_POSTS ?? 100_000);
const TARGET_RATIO = 3;

const root = findRepoRoot(import.meta.dirname);
const dir = join(root, "tmp", "bench");
mkdirSync(dir, { recursive: true });

async function measureBlog(url: string, posts: number): Promise<Map<string, Timing>> {
  migrateDatabase(url);
  const db = createDb(url);
  try {
    const filled = Date.now();
    await fillBlog(db, posts);
    console.log(`  filled ${posts.toLocaleString("en")} posts in ${((Date.now() - filled) / 1000).toFixed(1)} s`);
    const api = createCaller(createTRPCContext({ db, headers: new Headers() }));
    const middle = new Date(Date.UTC(2024, 0, 1) - Math.floor(posts / 2) * 3_600_000);
    const cases: [string, () => Promise<unknown>][] = [
      ["home page (post.list)", () => api.post.list({})],
      ["deep page (post.list olderThan=middle)", () => api.post.list({ olderThan: { at: middle } })],
      ["label page (post.list label)", () => api.post.list({ label: "etikett 7" })],
      ["post page (post.bySlug)", () => api.post.bySlug({ slug: `inlagg-nummer-${Math.floor(posts / 2)}` })],
      ["comments (comment.list)", () => api.comment.list({ postId: "post-10" })],
      ["labels widget (label.list)", () => api.label.list()],
      ["search (post.search)", () => api.post.search({ q: `inlägg ${Math.floor(posts / 2)}` })],
    ];
    const results = new Map<string, Timing>();
    for (const [name, fn] of cases) results.set(name, await measure(fn, 50, 5));
    return results;
  } finally {
    await db.$disconnect();
  }
}

async function benchSqlite(posts: number) {
  const file = join(dir, `bench-${posts}.db`);
  const clear = () => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  };
  clear();
  try {
    return await measureBlog(`file:${file}`, posts);
  } finally {
    clear();
  }
}

type Results = Record<DatabaseProvider, { small: Map<string, Timing>; large: Map<string, Timing> } | null>;
const results: Results = { sqlite: null, postgresql: null };

console.log(`Reader procedures through createCaller: ${SMALL.toLocaleString("en")} vs ${LARGE.toLocaleString("en")} posts, same dataset on each database`);
console.log("SQLite:");
results.sqlite = { small: await benchSqlite(SMALL), large: await benchSqlite(LARGE) };

const server = await findPostgresServer();
if (server) {
  console.log(`PostgreSQL (${server.source === "throwaway" ? "a throwaway local server" : server.source}):`);
  try {
    const small = await withScratchDatabase(server.url, (url) => measureBlog(url, SMALL));
    const large = await withScratchDatabase(server.url, (url) => measureBlog(url, LARGE));
    results.postgresql = { small, large };
  } finally {
    await server.release();
  }
} else {
  console.log(`PostgreSQL: SKIPPED. ${NO_POSTGRES_MESSAGE}`);
}

const ms = (timing: Timing | undefined) => (timing ? timing.median.toFixed(2) : "-");
const rows = [...(results.sqlite?.small.keys() ?? [])].map((name) => {
  const row: Record<string, string> = { query: name };
  for (const provider of ["sqlite", "postgresql"] as const) {
    const run = results[provider];
    if (!run) continue;
    const label = provider === "sqlite" ? "SQLite" : "PG";
    const a = run.small.get(name);
    const b = run.large.get(name);
    const ratio = a && b ? b.median / a.median : NaN;
    row[`${label} ${SMALL} ms`] = ms(a);
    row[`${label} ${LARGE} ms`] = ms(b);
    row[`${label} ratio`] = `${ratio.toFixed(2)}×${ratio <= TARGET_RATIO ? "" : " SLOW"}`;
  }
  const sqliteLarge = results.sqlite?.large.get(name);
  const pgLarge = results.postgresql?.large.get(name);
  if (sqliteLarge && pgLarge) row["PG/SQLite"] = `${(pgLarge.median / sqliteLarge.median).toFixed(2)}×`;
  return row;
});
console.table(rows);
console.log(`Ratio: median at ${LARGE.toLocaleString("en")} posts over median at ${SMALL.toLocaleString("en")}; target ≤ ${TARGET_RATIO}× ("SLOW" marks a miss).`);
