/**
 * The first pass over an export: read it whole without writing anything, so a broken file fails
 * before the blog changes, the progress bar knows its totals, and the decisions that need the
 * whole file are made once: which of two entries owns a shared address, which comments have no
 * post, which replies have no parent. The preview in /admin/import is this pass.
 */
import { createHash } from "node:crypto";
import type { ImportPost, ImportSettings } from "./model";
import { ImportReport } from "./report";
import { readBloggerExport } from "./blogger/read-export";
import { parseSettingsCsv } from "./blogger/settings-csv";
import type { ExportSource } from "./blogger/source";

export interface ImportPlan {
  report: ImportReport;
  settings: ImportSettings;
  /** A mobile (?m=1) copy of a post → the post it copies (its comments go there). */
  aliasOf: Map<string, string>;
  /** Entries that share an address with an earlier one: imported at a free address instead. */
  loseAddress: Set<string>;
  /** Posts and pages that will be imported (not trashed, not duplicates). */
  posts: Set<string>;
  /** Comments whose post is not imported: skipped. */
  orphanComments: Set<string>;
  /** Replies whose parent comment is not in the file: kept as comments on the post. */
  orphanReplies: Set<string>;
  totals: { posts: number; comments: number; bytes: number };
}

function mergeSettings(into: ImportSettings, from: ImportSettings): void {
  const { blogUrls, ...rest } = from;
  for (const [key, value] of Object.entries(rest)) {
    if (key === "type" || key === "ref" || value === undefined) continue;
    // The first value wins, except that settings entries overrule the feed's own title.
    (into as unknown as Record<string, unknown>)[key] = value;
  }
  if (blogUrls) into.blogUrls = [...new Set([...(into.blogUrls ?? []), ...blogUrls])];
}

const fingerprint = (post: ImportPost) => createHash("sha256").update(`${post.title}\u0000${post.bodyHtml}`).digest("hex");

/** Who claimed an address first: only what the decisions need (not the body: a big blog's worth of those would stay in memory). */
interface PathClaim {
  sourceId: string;
  mobile: boolean;
  fingerprint: string;
  post: Pick<ImportPost, "sourceId" | "title" | "ref">;
}

const claimOf = (post: ImportPost, mobile: boolean): PathClaim => ({ sourceId: post.sourceId, mobile, fingerprint: fingerprint(post), post: { sourceId: post.sourceId, title: post.title, ref: post.ref } });

export async function planImport(source: ExportSource, options: { onBytes?: (bytes: number) => void } = {}): Promise<ImportPlan> {
  const started = Date.now();
  const report = new ImportReport();
  const settings: ImportSettings = { type: "settings", ref: { entry: 0, line: 0 } };
  const aliasOf = new Map<string, string>();
  const loseAddress = new Set<string>();
  const posts = new Set<string>();
  const claims = new Map<string, PathClaim>();
  const comments: { sourceId: string; post: string | null; parent: string | null; ref: ImportPost["ref"]; author: string }[] = [];
  const commentIds = new Set<string>();
  const skippedPosts = new Set<string>();

  for await (const event of readBloggerExport(source.read(options.onBytes))) {
    if (event.type === "format") {
      report.format = event.format;
      continue;
    }
    for (const line of event.lines) report.lines.push(line);
    if (event.type === "lines") {
      // Trashed posts and pages are skipped here; remember them so their comments are too.
      for (const line of event.lines) if (line.code === "trashed" && line.ref?.id) skippedPosts.add(line.ref.id);
      for (const line of event.lines) {
        if (line.code !== "trashed") continue;
        if (/^comment/.test(line.message)) {
          report.count("comments", "found");
          report.count("comments", "skipped");
        } else {
          const kind = /^page/.test(line.message) ? "pages" : "posts";
          report.count(kind, "found");
          report.count(kind, "skipped");
        }
      }
      continue;
    }
    const item = event.item;
    switch (item.type) {
      case "settings":
        mergeSettings(settings, item);
        break;
      case "account":
        report.count("accounts", "found");
        break;
      case "media":
        report.count("media", "found");
        break;
      case "comment":
        report.count("comments", "found");
        comments.push({ sourceId: item.sourceId, post: item.postSourceId, parent: item.parentSourceId, ref: item.ref, author: item.author.name });
        commentIds.add(item.sourceId);
        break;
      case "post": {
        const kind = item.kind === "page" ? "pages" : "posts";
        report.count(kind, "found");
        const path = item.oldPaths[0];
        const mobile = item.mobileCopy === true;
        const claim = path ? claims.get(path) : undefined;
        if (!path || !claim) {
          if (path) claims.set(path, claimOf(item, mobile));
          posts.add(item.sourceId);
          break;
        }
        // Two entries, one address. The non-mobile entry owns it; a ?m=1 copy of the same post is dropped.
        const same = claim.post.title === item.title || claim.fingerprint === fingerprint(item);
        if (same && mobile !== claim.mobile) {
          const [keep, drop] = mobile ? [claim.sourceId, item] : [item.sourceId, claim.post];
          aliasOf.set(drop.sourceId, keep);
          posts.delete(drop.sourceId);
          posts.add(keep);
          if (!mobile) claims.set(path, claimOf(item, mobile));
          report.count(kind, "skipped");
          report.add("mobile-duplicate", `"${drop.title || path}" at ${path}?m=1 is a copy of the post at ${path}`, drop.ref);
          break;
        }
        const loser = claim.mobile && !mobile ? claim.post : item;
        if (loser !== item) claims.set(path, claimOf(item, mobile));
        loseAddress.add(loser.sourceId);
        posts.add(item.sourceId);
        report.add("duplicate-path", `"${loser.title || "(untitled)"}" also claims ${path}`, loser.ref);
        break;
      }
    }
  }

  const orphanComments = new Set<string>();
  const orphanReplies = new Set<string>();
  for (const comment of comments) {
    const post = comment.post ? (aliasOf.get(comment.post) ?? comment.post) : null;
    if (!post || !posts.has(post)) {
      orphanComments.add(comment.sourceId);
      report.count("comments", "skipped");
      const why = !post ? "names no post" : skippedPosts.has(comment.post ?? "") ? "is on a post that was not imported" : `is on post ${comment.post}, which is not in the export`;
      report.add("orphan-comment", `comment by ${comment.author} ${why}`, comment.ref);
      continue;
    }
    if (comment.parent && !commentIds.has(comment.parent)) {
      orphanReplies.add(comment.sourceId);
      report.add("orphan-reply", `comment by ${comment.author} answers ${comment.parent}, which is not in the export`, comment.ref);
    }
  }
  const csv = source.settingsCsv ? parseSettingsCsv(source.settingsCsv) : null;
  if (csv) mergeSettings(settings, csv);
  if (settings.unsupportedLocale && !settings.language) report.add("locale", `the blog's locale is "${settings.unsupportedLocale}"`, settings.ref);
  report.elapsedMs = Date.now() - started;
  const totals = {
    posts: report.counts.posts.found + report.counts.pages.found,
    comments: report.counts.comments.found,
    bytes: source.bytes,
  };
  return { report, settings, aliasOf, loseAddress, posts, orphanComments, orphanReplies, totals };
}

