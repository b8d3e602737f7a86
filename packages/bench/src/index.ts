// `pnpm bench`: how the reader procedures scale from a small blog to a large one. Both blogs are
// built and measured in the same run, so the ratio holds on a noisy machine; the absolute numbers
// are for this machine only. Target: 100k posts within 3× of 1k posts for every reader query.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createCaller, createTRPCContext } from "@crestwood/api";
import { createDb, findRepoRoot } from "@crestwood/db";
import { fillBlog } from "./fill";
import { measure, type Timing } from "./measure";

const SMALL = 1_000;
const LARGE = Number(process.env.BENCH_POSTS ?? 100_000);
const TARGET_RATIO = 3;

const root = findRepoRoot(import.meta.dirname);
const dir = join(root, "tmp", "bench");
mkdirSync(dir, { recursive: true });

function migrate(file: string) {
  const result = spawnSync(process.execPath, ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", join(root, "packages/db/scripts/migrate.ts")], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(result.stderr);
}

async function benchBlog(posts: number): Promise<Map<string, Timing>> {
  const file = join(dir, `bench-${posts}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  migrate(file);
  const db = createDb(`file:${file}`);
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
  ];
  const results = new Map<string, Timing>();
  for (const [name, fn] of cases) results.set(name, await measure(fn));
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  return results;
}

console.log(`Reader procedures through createCaller on SQLite: ${SMALL.toLocaleString("en")} vs ${LARGE.toLocaleString("en")} posts`);
const small = await benchBlog(SMALL);
const large = await benchBlog(LARGE);

const rows = [...small.keys()].map((name) => {
  const a = small.get(name);
  const b = large.get(name);
  const ratio = a && b ? b.median / a.median : NaN;
  return {
    query: name,
    [`median ${SMALL} (ms)`]: a?.median.toFixed(2),
    [`median ${LARGE} (ms)`]: b?.median.toFixed(2),
    [`p95 ${LARGE} (ms)`]: b?.p95.toFixed(2),
    ratio: `${ratio.toFixed(2)}×`,
    verdict: ratio <= TARGET_RATIO ? "ok" : `SLOW (target ≤ ${TARGET_RATIO}×)`,
  };
});
console.table(rows);
