/**
 * Comments of one batch, with their authors, times and threading. A comment whose post or parent
 * comes later in the file waits (see `resolvable`) until that one is written, so every row is
 * written once with its final post and parent.
 */
import type { Prisma } from "@crestwood/db";
import { sanitizeCommentHtml } from "../../content/sanitize";
import type { ImportComment } from "../model";
import { commentUserId } from "./authors";
import { canonicalPost, type RunContext, type Tx } from "./context";
import { newRowId } from "./row-ids";

/** "ready": post (and parent) known; "wait": they come later in the file. */
export function resolvable(ctx: RunContext, comment: ImportComment): "ready" | "wait" {
  const post = canonicalPost(ctx, comment.postSourceId ?? "");
  if (!ctx.posts.has(post)) return "wait";
  if (comment.parentSourceId && !ctx.plan.orphanReplies.has(comment.sourceId) && !ctx.comments.has(comment.parentSourceId)) return "wait";
  return "ready";
}

/** Looks up what earlier imports wrote for these posts and comments (a resumed or repeated run). */
export async function loadEarlierImports(tx: Tx, ctx: RunContext, comments: ImportComment[]): Promise<void> {
  const postKeys = [...new Set(comments.map((c) => canonicalPost(ctx, c.postSourceId ?? "")).filter((key) => key && !ctx.posts.has(key)))];
  const commentKeys = [...new Set(comments.flatMap((c) => [c.sourceId, c.parentSourceId ?? ""]).filter((key) => key && !ctx.comments.has(key)))];
  if (postKeys.length) {
    const records = await tx.importRecord.findMany({ where: { sourceId: { in: postKeys }, postId: { not: null } }, select: { sourceId: true, postId: true } });
    for (const record of records) ctx.posts.set(record.sourceId, { id: record.postId!, path: "", oldPath: null, fresh: false });
    const ownPosts = postKeys.filter((key) => key.startsWith("crestwood:") && !ctx.posts.has(key)).map((key) => key.slice("crestwood:".length));
    if (ownPosts.length) {
      for (const post of await tx.post.findMany({ where: { id: { in: ownPosts } }, select: { id: true } })) ctx.posts.set(`crestwood:${post.id}`, { id: post.id, path: "", oldPath: null, fresh: false });
    }
  }
  if (commentKeys.length) {
    const records = await tx.importRecord.findMany({ where: { sourceId: { in: commentKeys }, commentId: { not: null } }, select: { sourceId: true, comment: { select: { id: true, postId: true } } } });
    for (const record of records) {
      if (!record.comment) continue;
      ctx.comments.set(record.sourceId, record.comment);
      ctx.alreadyImportedComments.add(record.sourceId);
    }
    // A Crestwood export imported into the blog it came from: its comments are found by their own ids.
    const ownIds = commentKeys.filter((key) => key.startsWith("crestwood:") && !ctx.comments.has(key)).map((key) => key.slice("crestwood:".length));
    if (ownIds.length) {
      for (const comment of await tx.comment.findMany({ where: { id: { in: ownIds } }, select: { id: true, postId: true } })) {
        ctx.comments.set(`crestwood:${comment.id}`, comment);
        ctx.alreadyImportedComments.add(`crestwood:${comment.id}`);
      }
    }
  }
}

/** Writes comments whose post and parent are known; returns those that must wait. */
export async function writeComments(tx: Tx, ctx: RunContext, batch: ImportComment[]): Promise<ImportComment[]> {
  const waiting: ImportComment[] = [];
  let pending = batch;
  // Rounds: a reply is written after its parent, even inside one batch.
  for (;;) {
    const rows: Prisma.CommentCreateManyInput[] = [];
    const records: { sourceId: string; commentId: string }[] = [];
    const next: ImportComment[] = [];
    for (const comment of pending) {
      if (ctx.alreadyImportedComments.has(comment.sourceId)) {
        ctx.report.count("comments", "existing");
        ctx.alreadyImportedComments.delete(comment.sourceId);
        continue;
      }
      if (resolvable(ctx, comment) === "wait") {
        next.push(comment);
        continue;
      }
      const post = ctx.posts.get(canonicalPost(ctx, comment.postSourceId ?? ""))!;
      const id = comment.crestwood?.id ?? newRowId();
      // A reply stays under its parent only on the same post (an export can say otherwise).
      const parent = comment.parentSourceId ? ctx.comments.get(comment.parentSourceId) : undefined;
      if (parent && parent.postId !== post.id) ctx.report.add("orphan-reply", `comment by ${comment.author.name} answers a comment on another post`, comment.ref);
      rows.push({
        id,
        postId: post.id,
        parentId: parent && parent.postId === post.id ? parent.id : null,
        status: comment.status,
        authorName: comment.author.name,
        authorUrl: comment.author.uri && /^https?:\/\//i.test(comment.author.uri) ? comment.author.uri : null,
        userId: commentUserId(ctx, comment.author, comment.crestwood?.userEmail),
        // Plain text (most comments) is its own sanitized form: the parser is skipped for it.
        bodyHtml: /[<>&]/.test(comment.bodyHtml) ? sanitizeCommentHtml(comment.bodyHtml) : comment.bodyHtml,
        createdAt: comment.createdAt,
      });
      records.push({ sourceId: comment.sourceId, commentId: id });
      ctx.comments.set(comment.sourceId, { id, postId: post.id });
      ctx.changed.postIds.add(post.id);
      ctx.report.count("comments", "imported");
    }
    if (rows.length && !ctx.dryRun) {
      await tx.comment.createMany({ data: rows });
      await tx.importRecord.createMany({ data: records });
    }
    if (rows.length === 0 || next.length === 0) {
      waiting.push(...next);
      break;
    }
    pending = next;
  }
  return waiting;
}
