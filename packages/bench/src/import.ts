// The import benchmark: a generated Blogger export of 10,000 posts and 50,000 comments, imported
// into an empty blog. The baseline, measured in the same run, is the same number of posts written
// with plain createMany (bench/fill.ts): the import's ratio to it is its cost for parsing,
// checking, sanitizing, labels, threading and import records.
import { mkdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { importExport, openExportSource } from "@crestwood/api";
import { createDb, findRepoRoot, migrateDatabase } from "@crestwood/db";
import { writeBloggerExport } from "./blogger-export";
import { fillBlog } from "./fill";

export async function benchImport(dir: string, migrate: (file: string) => void) {
  const posts = Number(process.env.BENCH_IMPORT_POSTS ?? 10_000);
  const comments = Number(process.env.BENCH_IMPORT_COMMENTS ?? posts * 5);
  const exportFile = join(dir, "blogger-export.xml");
  await writeBloggerExport(exportFile, posts, comments);
  console.log(`Blogger import: ${posts.toLocaleString("en")} posts, ${comments.toLocaleString("en")} comments, ${(statSync(exportFile).size / 1024 / 1024).toFixed(1)} MB`);

  const fresh = (name: string) => {
    const file = join(dir, name);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    migrate(file);
    return createDb(`file:${file}`);
  };

  const baselineDb = fresh("import-baseline.db");
  let started = performance.now();
  await fillBlog(baselineDb, posts);
  const baselineSeconds = (performance.now() - started) / 1000;
  await baselineDb.$disconnect();

  const db = fresh("import.db");
  started = performance.now();
  const { report } = await importExport(db, await openExportSource(exportFile));
  const seconds = (performance.now() - started) / 1000;
  const again = performance.now();
  const second = await importExport(db, await openExportSource(exportFile));
  const againSeconds = (performance.now() - again) / 1000;
  await db.$disconnect();

  const imported = report.counts.posts.imported;
  if (imported !== posts || report.counts.comments.imported !== comments || second.report.counts.posts.imported !== 0) {
    throw new Error(`Import bench: expected ${posts} posts and ${comments} comments once, got ${JSON.stringify(report.counts)} then ${JSON.stringify(second.report.counts)}`);
  }
  console.table([
    { run: "baseline: createMany posts (bench/fill)", seconds: baselineSeconds.toFixed(1), "posts/s": Math.round(posts / baselineSeconds), "comments/s": "" },
    { run: "import blogger (check + write)", seconds: seconds.toFixed(1), "posts/s": Math.round(posts / seconds), "comments/s": Math.round(comments / seconds) },
    { run: "same file again (changes nothing)", seconds: againSeconds.toFixed(1), "posts/s": Math.round(posts / againSeconds), "comments/s": Math.round(comments / againSeconds) },
  ]);
  console.log(`  import / baseline: ${(seconds / baselineSeconds).toFixed(1)}× the time of plain inserts`);
  rmSync(exportFile, { force: true });
}

/** `pnpm bench`'s import part, in tmp/bench with freshly migrated SQLite files. */
export async function runImportBench() {
  const dir = join(findRepoRoot(import.meta.dirname), "tmp", "bench");
  mkdirSync(dir, { recursive: true });
  await benchImport(dir, (file) => migrateDatabase(`file:${file}`));
}
