/**
 * `crestwood import blogger` and /admin/import: an export file in, a blog out, and a report.
 *
 * Two passes. The first (plan.ts) reads the whole file and writes nothing: a broken or
 * non-Blogger file fails there, naming the line and entry, before the blog changes. The second
 * writes in batches, each batch one transaction together with the import records of what it
 * wrote. An import cut short (power loss, Ctrl-C) leaves whole batches only, and running it
 * again carries on: everything already written is found by its Blogger id and left alone. The
 * same holds for importing the same file twice: the second run changes nothing.
 *
 * This is the import's own write path: original dates and authors, no flood control or comment
 * policy (those are for readers writing now). What it changed is returned in `changed`.
 */
import type { Db } from "@crestwood/db";
import { withChanges, type Tx } from "../changes/announce";
import type { MediaStorage } from "../media/storage";
import { getBlog } from "../services/blog";
import { readBloggerExport } from "./blogger/read-export";
import type { ExportSource } from "./blogger/source";
import type { ImportComment, ImportPost, ImportSettings } from "./model";
import { copyImages, type ImageImportOptions } from "./images/copy-images";
import { planImport, type ImportPlan } from "./plan";
import type { ImportReportData } from "./report";
import { loadEarlierImports, writeComments } from "./write/comments";
import type { RunContext } from "./write/context";
import { writeAccount, writeLabel, writeMedia } from "./write/extras";
import { oldHostsOf, relinkMovedPosts } from "./write/links";
import { writePosts } from "./write/posts";
import { applySettings, settingsData } from "./write/settings";

export interface ImportProgress {
  phase: "checking" | "importing" | "finishing";
  bytes: number;
  totalBytes: number;
  posts: number;
  totalPosts: number;
  comments: number;
  totalComments: number;
}

export interface ImportOptions {
  /** Check and report without writing. */
  dryRun?: boolean;
  /** Entries per transaction. */
  batchSize?: number;
  now?: Date;
  /** "auto" (default): take the export's title, language and timezone when the blog has no posts of its own. */
  settings?: "auto" | "apply" | "keep";
  /** Other addresses the blog had (its links to them are rewritten), besides those the export names. */
  oldUrls?: string[];
  /** Where a Crestwood export's images are stored. */
  storage?: MediaStorage | null;
  onProgress?: (progress: ImportProgress) => void;
  /** `--images download`: copy Blogger-hosted and data: images into the media library. */
  images?: ImageImportOptions | null;
  /** A plan already made for this source (the admin's preview), to skip the checking pass. */
  plan?: ImportPlan;
}

export interface ImportResult {
  report: ImportReportData;
  changed: { postIds: string[]; labelNames: string[]; settings: boolean };
}

export async function importExport(db: Db, source: ExportSource, options: ImportOptions = {}): Promise<ImportResult> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 500;
  const progress: ImportProgress = { phase: "checking", bytes: 0, totalBytes: source.bytes, posts: 0, totalPosts: 0, comments: 0, totalComments: 0 };
  const tell = () => options.onProgress?.({ ...progress });

  const plan = options.plan ?? (await planImport(source, { onBytes: (n) => ((progress.bytes += n), tell()) }));
  progress.totalPosts = plan.totals.posts;
  progress.totalComments = plan.totals.comments;

  const blog = await getBlog(db);
  const ownPosts = await db.post.count({ where: { imports: { none: {} } } });
  const takeSettings = options.settings === "apply" || (options.settings !== "keep" && ownPosts === 0);
  const exportTimeZone = settingsData(plan.settings).timezone;
  const ctx: RunContext = {
    plan,
    report: plan.report,
    now,
    timeZone: takeSettings && exportTimeZone ? exportTimeZone : blog.timezone,
    dryRun: options.dryRun === true,
    keepDataImages: Boolean(options.images),
    posts: new Map(),
    comments: new Map(),
    alreadyImportedComments: new Set(),
    authors: new Map(),
    labels: new Map(),
    runAddresses: new Set(),
    takenAddresses: new Map(),
    linksToPosts: new Map(),
    checkedSlugs: new Set(),
    oldHosts: oldHostsOf([...(plan.settings.blogUrls ?? []), ...(options.oldUrls ?? [])]),
    changed: { postIds: new Set(), labelNames: new Set(), settings: false },
  };
  const counted = () => {
    const c = ctx.report.counts;
    progress.posts = c.posts.imported + c.posts.existing + c.posts.skipped + c.pages.imported + c.pages.existing + c.pages.skipped;
    progress.comments = c.comments.imported + c.comments.existing + c.comments.skipped;
  };

  let posts: ImportPost[] = [];
  let comments: ImportComment[] = [];
  let waiting: ImportComment[] = [];
  const transaction = { timeout: 300_000, maxWait: 30_000 };
  // Every batch is one write through the write path: when it wrote anything, it announces
  // "everything changed" (an import touches posts, labels, archives, comments and settings at
  // once), so cached pages and other instances follow batch by batch.
  const written = () => Object.values(ctx.report.counts).reduce((sum, counts) => sum + counts.imported, ctx.report.labelsCreated + (ctx.changed.settings ? 1 : 0));
  const write = <T>(work: (tx: Tx) => Promise<T>, always = false) =>
    withChanges(
      db,
      async (tx, announce) => {
        const before = written();
        const value = await work(tx);
        if (!ctx.dryRun && (written() !== before || (always && before > 0))) announce({ type: "everything.changed", reason: "Blogger import" });
        return value;
      },
      transaction,
    );
  const flush = async () => {
    const [batchPosts, batchComments] = [posts, comments];
    posts = [];
    comments = [];
    await write(async (tx) => {
      await writePosts(tx, ctx, batchPosts);
      await loadEarlierImports(tx, ctx, batchComments);
      waiting = await writeComments(tx, ctx, [...waiting, ...batchComments]);
    });
    counted();
    tell();
  };

  progress.phase = "importing";
  progress.bytes = 0;
  for await (const event of readBloggerExport(source.read((n) => (progress.bytes += n)))) {
    if (event.type !== "item") continue;
    const item = event.item;
    if (item.type === "post") {
      if (plan.posts.has(item.sourceId)) posts.push(item);
    } else if (item.type === "comment") {
      if (!plan.orphanComments.has(item.sourceId)) comments.push(item);
    } else if (item.type === "account") {
      await write((tx) => writeAccount(tx, ctx, item));
    } else if (item.type === "label") {
      await write((tx) => writeLabel(tx, ctx, item));
    } else if (item.type === "media") {
      await write((tx) => writeMedia(tx, ctx, options.storage ?? null, item));
    }
    if (posts.length + comments.length >= batchSize) await flush();
  }
  await flush();
  // Comments still waiting: their post or parent never came (or they answer each other in a loop).
  while (waiting.length > 0) {
    const before = waiting.length;
    await flush();
    if (waiting.length === before) break;
  }
  for (const comment of waiting) {
    ctx.report.count("comments", "skipped");
    ctx.report.add("orphan-comment", `comment by ${comment.author.name} could not be placed: its post or parent was not imported`, comment.ref);
  }

  progress.phase = "finishing";
  tell();
  if (options.images && !ctx.dryRun) await copyImages(db, ctx, options.images);
  // Always announced when this run wrote anything: the image pass above rewrote posts outside it.
  await write(async (tx) => {
    await relinkMovedPosts(tx, ctx);
    if (takeSettings) await applySettings(tx, ctx, plan.settings as ImportSettings);
    else if (Object.keys(settingsData(plan.settings)).length > 0) {
      ctx.report.add("settings-kept", "the blog's title, description, language and timezone were left as they are (the command line's --settings apply takes Blogger's)");
    }
  }, true);

  ctx.report.elapsedMs = Date.now() - started;
  return {
    report: ctx.report.toJSON(),
    changed: { postIds: [...ctx.changed.postIds], labelNames: [...ctx.changed.labelNames], settings: ctx.changed.settings },
  };
}
