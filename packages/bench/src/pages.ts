// `pnpm bench` (part 2 of 2; part 1: procedures.ts): reader pages as readers get them, on whole pages through Crestwood's production
// server. Two blogs are generated in the same run (1,000 posts, and 100,000 posts with 1,000,000
// comments) so the ratios hold on a noisy machine; throughput is compared with baselines measured
// in the same run (a plain node:http server sending the same bytes, and a page Next prerendered).
// Absolute numbers are for this machine only. Targets: see docs/performance.md.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { get } from "node:http";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { createApiToken, FORM_TOKEN_PLACEHOLDER } from "@crestwood/api";
import { createDb, findRepoRoot } from "@crestwood/db";
import { prepareSplicedGzip, splicedGzip } from "../../../apps/web/server/page-cache/gzip-splice";
import { startNextStatic, startPlainServer } from "./baselines";
import { fillBlog, postPathOf, publishedAtOf, type FilledBlog } from "./fill";
import { BROWSER_HEADERS, load, summarize, timedGet, type LoadResult } from "./load";
import { startCrestwood } from "./server";

const SMALL = Number(process.env.BENCH_SMALL_POSTS ?? 1_000);
const LARGE = Number(process.env.BENCH_POSTS ?? 100_000);
const PORT = Number(process.env.BENCH_PORT ?? 4310);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const TARGET = { html: 1.1, render: 1.2, plainShare: 0.25, p99: 20 };

const root = findRepoRoot(import.meta.dirname);
const benchDir = join(root, "packages", "bench");
const dir = join(root, "tmp", "bench");
mkdirSync(dir, { recursive: true });

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) throw new Error(`${label} failed.`);
}

interface Blog extends FilledBlog {
  url: string;
  token: string;
}

async function makeBlog(posts: number): Promise<Blog> {
  const file = join(dir, `bench-${posts}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  const url = `file:${file}`;
  run("Migrating", process.execPath, ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", join(root, "packages/db/scripts/migrate.ts")], { DATABASE_URL: url });
  const db = createDb(url);
  const started = Date.now();
  const filled = await fillBlog(db, posts);
  const owner = await db.user.create({ data: { email: "bench@example.org", name: "Bänk", role: "owner" } });
  const { token } = await createApiToken(db, owner, { name: "bench", role: "owner" });
  await db.$disconnect();
  console.log(`  ${posts.toLocaleString("en")} posts, ${filled.comments.toLocaleString("en")} comments in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { ...filled, url, token };
}

interface Route {
  name: string;
  path: string;
}

function routes(blog: Blog): Route[] {
  const middle = publishedAtOf(blog.middle).toISOString();
  return [
    { name: "home", path: "/" },
    { name: "home, deep page", path: `/?updated-max=${encodeURIComponent(middle)}` },
    { name: "label", path: "/search/label/etikett%207" },
    { name: "archive month", path: "/2023/12/" },
    { name: "archive year", path: "/2023/" },
    { name: "post", path: postPathOf(blog.middle) },
    { name: "post, 5,000 comments", path: postPathOf(blog.heavy) },
    { name: "search", path: "/search?q=nummer%20777" },
    { name: "feed: posts (Atom)", path: "/feeds/posts/default" },
    { name: "feed: posts (RSS)", path: "/feeds/posts/default?alt=rss" },
    { name: "feed: label", path: "/feeds/posts/default/-/etikett%207" },
    { name: "feed: comments", path: "/feeds/comments/default" },
    { name: "feed: post comments", path: `/feeds/post-${blog.middle}/comments/default` },
    { name: "sitemap", path: "/sitemap.xml" },
  ];
}

/** Script bytes a page makes a browser run: inline scripts (data excepted) and external ones. */
async function scriptBytes(base: string, html: string): Promise<number> {
  let bytes = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = "", body = ""] = match;
    if (/application\/ld\+json/.test(attributes)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    bytes += src ? (await (await fetch(new URL(src, base))).arrayBuffer()).byteLength : Buffer.byteLength(body);
  }
  return bytes;
}

interface Uncached {
  html: number;
  js: number;
  ms: number;
  cpuMs: number | null;
  status: number;
}

/** Every route rendered by Next (PAGE_CACHE_MB=0), one request at a time: what a cache miss costs. */
async function measureUncached(blog: Blog): Promise<Map<string, Uncached>> {
  const server = await startCrestwood(root, blog.url, PORT, 0);
  const results = new Map<string, Uncached>();
  try {
    for (const route of routes(blog)) {
      const url = `${server.url}${route.path}`;
      for (let i = 0; i < 3; i++) await timedGet(url);
      const cpuBefore = server.cpuMs();
      const samples: number[] = [];
      let last = await timedGet(url);
      for (let i = 0; i < SAMPLES; i++) {
        last = await timedGet(url);
        samples.push(last.ms);
      }
      const cpuAfter = server.cpuMs();
      results.set(route.name, {
        html: Buffer.byteLength(last.body),
        js: await scriptBytes(server.url, last.body),
        ms: summarize(samples).median,
        cpuMs: cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / (SAMPLES + 1) : null,
        status: last.status,
      });
    }
    // The admin's sign-in page, for its script weight (the admin keeps Next's runtime).
    const admin = await timedGet(`${server.url}/admin/sign-in`);
    results.set("admin: sign-in", { html: Buffer.byteLength(admin.body), js: await scriptBytes(server.url, admin.body), ms: NaN, cpuMs: null, status: admin.status });
  } finally {
    await server.stop();
  }
  return results;
}

async function trpc(base: string, path: string, input: unknown, token: string) {
  const response = await fetch(`${base}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ json: input }),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
}

interface Cached {
  load: Map<string, LoadResult>;
  invalidation: { ms: number; firstRequest: boolean; commentDrops: number; postDrops: number; warmed: number };
  missMs: number;
  rssMb: number | null;
  postPage: { body: Buffer; headers: Record<string, string> };
  identityPage: string;
}

/** The large blog behind the page cache: throughput per route, and how exact invalidation is. */
async function measureCached(blog: Blog): Promise<Cached> {
  const server = await startCrestwood(root, blog.url, PORT, 64);
  try {
    const all = routes(blog);
    const results = new Map<string, LoadResult>();
    for (const route of all) {
      await timedGet(`${server.url}${route.path}`, BROWSER_HEADERS);
      results.set(route.name, await load(`${server.url}${route.path}`, { seconds: SECONDS }));
    }
    // The post page as the cache sends it to a browser (headers and encoded bytes: node:http,
    // since fetch() decodes), for the plain baseline.
    const postPage = await new Promise<Cached["postPage"]>((resolve, reject) => {
      get(`${server.url}${postPathOf(blog.middle)}`, { headers: BROWSER_HEADERS }, (res) => {
        const chunks: Buffer[] = [];
        const headers: Record<string, string> = {};
        for (const name of ["content-type", "content-encoding", "etag", "cache-control", "vary", "content-security-policy"]) {
          const value = res.headers[name];
          if (typeof value === "string") headers[name] = value;
        }
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ body: Buffer.concat(chunks), headers }));
      }).on("error", reject);
    });
    const identityPage = await (await fetch(`${server.url}${postPathOf(blog.middle)}`)).text();

    // Invalidation: a comment, then a new post, against a set of warmed pages.
    const warmed = [...all.map((route) => route.path), ...Array.from({ length: 20 }, (_, i) => postPathOf(blog.middle + i + 1)), "/search/label/etikett%203", "/2023/11/"];
    const warm = async () => {
      for (const path of warmed) await timedGet(`${server.url}${path}`, BROWSER_HEADERS);
    };
    const misses = async () => {
      let count = 0;
      for (const path of warmed) if ((await timedGet(`${server.url}${path}`, BROWSER_HEADERS)).headers.get("x-crestwood-cache") !== "hit") count++;
      return count;
    };
    await warm();
    await warm();
    const marker = `Bänkkommentar ${Date.now()}`;
    await trpc(server.url, "comment.create", { postId: `post-${blog.middle}`, authorName: "Bänk", body: marker }, blog.token);
    const next = await timedGet(`${server.url}${postPathOf(blog.middle)}`, BROWSER_HEADERS);
    const commentDrops = 1 + (await misses());
    await warm();
    await trpc(server.url, "admin.post.create", { title: "Ett nytt inlägg", bodyHtml: "<p>Nytt.</p>", labels: ["etikett 7"], status: "published" }, blog.token);
    const postDrops = await misses();
    return {
      load: results,
      invalidation: { ms: next.ms, firstRequest: next.body.includes(marker), commentDrops, postDrops, warmed: warmed.length },
      missMs: next.ms,
      rssMb: server.rssMb(),
      postPage,
      identityPage,
    };
  } finally {
    await server.stop();
  }
}

async function measureBaselines(page: Cached["postPage"]): Promise<{ plain: LoadResult; next: LoadResult }> {
  const plainServer = await startPlainServer(dir, PORT + 1, page.body, page.headers);
  let plain: LoadResult;
  try {
    plain = await load(`${plainServer.url}/`, { seconds: SECONDS });
  } finally {
    await plainServer.stop();
  }
  const nextServer = await startNextStatic(benchDir, PORT + 2);
  try {
    return { plain, next: await load(`${nextServer.url}/`, { seconds: SECONDS }) };
  } finally {
    await nextServer.stop();
  }
}

/** Per response: the comment form's token spliced into the cached gzip, against compressing anew. */
async function measureTokenCost(html: string): Promise<{ spliceUs: number; gzipUs: number }> {
  const template = html.replace(/name="formToken" value="[^"]*"/, `name="formToken" value="${FORM_TOKEN_PLACEHOLDER}"`);
  const segments = template.split(FORM_TOKEN_PLACEHOLDER).map((part) => Buffer.from(part));
  const gzip = await prepareSplicedGzip(segments);
  const token = [Buffer.from("1.1795933022.JBkSbSnlCOc98ZXuDsqveHSuPX-WjH9DNd771stoibo")];
  const time = (fn: () => unknown, n: number) => {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    return ((performance.now() - start) * 1000) / n;
  };
  return { spliceUs: time(() => splicedGzip(gzip, token), 2_000), gzipUs: time(() => gzipSync(template.replace(FORM_TOKEN_PLACEHOLDER, String(token[0])), { level: 6 }), 200) };
}

// ---------------------------------------------------------------------------------------------

if (process.env.BENCH_SKIP_BUILD !== "1") {
  console.log("Building the web app (turbo replays a cached build)…");
  run("Building", "pnpm", ["exec", "turbo", "run", "build", "--filter=@crestwood/web", "--output-logs=errors-only"]);
}
console.log(`Generating two blogs: ${SMALL.toLocaleString("en")} and ${LARGE.toLocaleString("en")} posts`);
const small = await makeBlog(SMALL);
const large = await makeBlog(LARGE);
console.log("Rendering every page type without the cache, on both blogs…");
const uncachedSmall = await measureUncached(small);
const uncachedLarge = await measureUncached(large);
console.log(`Serving the ${LARGE.toLocaleString("en")}-post blog from the page cache (${SECONDS} s per route, 50 connections)…`);
const cached = await measureCached(large);
console.log("Baselines…");
const baselines = await measureBaselines(cached.postPage);
const token = await measureTokenCost(cached.identityPage);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const fixed = (value: number | null | undefined, digits = 1) => (value === null || value === undefined || Number.isNaN(value) ? "–" : value.toFixed(digits));
const rows = [...uncachedLarge.keys()].map((name) => {
  const a = uncachedSmall.get(name);
  const b = uncachedLarge.get(name);
  const run = cached.load.get(name);
  const htmlRatio = a && b ? b.html / a.html : NaN;
  const renderRatio = a && b ? b.ms / a.ms : NaN;
  const problems = [
    htmlRatio > TARGET.html ? `HTML ${htmlRatio.toFixed(2)}×` : "",
    renderRatio > TARGET.render ? `render ${renderRatio.toFixed(2)}×` : "",
    run && run.p99 > TARGET.p99 ? `p99 ${run.p99} ms` : "",
    run && run.errors > 0 ? `${run.errors} errors` : "",
  ].filter(Boolean);
  return {
    route: name,
    "req/s": run ? Math.round(run.requestsPerSecond) : "–",
    "p50 ms": run ? run.p50 : "–",
    "p99 ms": run ? run.p99 : "–",
    "× node:http": run ? (run.requestsPerSecond / baselines.plain.requestsPerSecond).toFixed(2) : "–",
    "× Next static": run ? (run.requestsPerSecond / baselines.next.requestsPerSecond).toFixed(1) : "–",
    [`HTML KB ${SMALL / 1000}k→${LARGE / 1000}k`]: a && b ? `${kb(a.html)}→${kb(b.html)} (${htmlRatio.toFixed(2)}×)` : "–",
    "JS B": b?.js ?? "–",
    [`miss ms ${SMALL / 1000}k→${LARGE / 1000}k`]: a && b && !Number.isNaN(b.ms) ? `${fixed(a.ms)}→${fixed(b.ms)} (${renderRatio.toFixed(2)}×)` : "–",
    "miss CPU ms": fixed(b?.cpuMs),
    verdict: problems.length ? problems.join(", ") : "ok",
  };
});
const baselineRow = (route: string, result: LoadResult) => ({ route, "req/s": Math.round(result.requestsPerSecond), "p50 ms": result.p50, "p99 ms": result.p99, "× node:http": (result.requestsPerSecond / baselines.plain.requestsPerSecond).toFixed(2), "× Next static": (result.requestsPerSecond / baselines.next.requestsPerSecond).toFixed(1) });
console.table([...rows, baselineRow("baseline: node:http, the post page's bytes", baselines.plain), baselineRow("baseline: Next prerendered page", baselines.next)]);
const post = cached.load.get("post");
const home = cached.load.get("home");
const { invalidation } = cached;
console.log(
  [
    `Cached post page: ${post ? (post.requestsPerSecond / baselines.plain.requestsPerSecond).toFixed(2) : "–"}× node:http, home ${home ? (home.requestsPerSecond / baselines.plain.requestsPerSecond).toFixed(2) : "–"}× (target ≥ ${TARGET.plainShare}×); p99 target < ${TARGET.p99} ms at 50 connections.`,
    `Invalidation: a comment POSTed through /api/trpc is ${invalidation.firstRequest ? "on the very next request" : "NOT on the next request"}, answered in ${invalidation.ms.toFixed(1)} ms (a cache miss).`,
    `Of ${invalidation.warmed} warmed pages, a comment dropped ${invalidation.commentDrops}, a new post ${invalidation.postDrops}.`,
    `Comment form token per response: spliced into the cached gzip ${token.spliceUs.toFixed(1)} µs, compressing the page anew ${token.gzipUs.toFixed(0)} µs.`,
    `Server RSS after the run: ${fixed(cached.rssMb, 0)} MB.`,
  ].join("\n"),
);
