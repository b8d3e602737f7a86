/**
 * Revisions: every save and publish keeps the post as it was (title, slug, body, labels, who,
 * when); the editor's autosave keeps one draft revision per post and author, replaced as the
 * author types, which never touches the post itself. The history lists them, diffs any two, and
 * restores one (as a new revision: nothing is ever destroyed, except by the retention setting).
 */
import { diffArrays, diffLines, diffWordsWithSpace, type Change } from "diff";
import type { Db, Prisma, RevisionKind } from "@crestwood/db";
import { ZAutosaveInputSchema, type TAutosaveInput } from "@crestwood/validators";
import { AppError } from "../errors";
import type { AuthUser } from "../auth/caller";
import { assertCanEditPost } from "../auth/permissions";
import { htmlToText, sanitizePostHtml } from "../content/sanitize";
import { getBlog } from "./blog";

type Tx = Db | Prisma.TransactionClient;

export interface RevisionContent {
  title: string;
  slug: string;
  bodyHtml: string;
  labels: string[];
}

function sizeOf(content: RevisionContent): number {
  return Buffer.byteLength(content.title) + Buffer.byteLength(content.slug) + Buffer.byteLength(content.bodyHtml) + Buffer.byteLength(JSON.stringify(content.labels));
}

function parseLabels(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/** Keeps a saved state of the post; the saver's autosave is spent (its work is in the post now). */
export async function recordRevision(
  tx: Tx,
  input: RevisionContent & { postId: string; kind: Exclude<RevisionKind, "autosave">; version: number; authorId: string | null; keep?: number | null },
  now = new Date(),
) {
  const content = { title: input.title, slug: input.slug, bodyHtml: input.bodyHtml, labels: JSON.stringify(input.labels) };
  await tx.postRevision.create({
    data: { postId: input.postId, kind: input.kind, version: input.version, authorId: input.authorId, ...content, bytes: sizeOf(input), createdAt: now },
  });
  if (input.authorId) await tx.postRevision.deleteMany({ where: { postId: input.postId, kind: "autosave", authorId: input.authorId } });
  if (input.keep) {
    const stale = await tx.postRevision.findMany({
      where: { postId: input.postId, kind: { not: "autosave" } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: input.keep,
      select: { id: true },
    });
    if (stale.length > 0) await tx.postRevision.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } });
  }
}

/** A post saved before revisions existed gets its current state recorded before it changes. */
export async function recordBaselineIfMissing(tx: Tx, post: RevisionContent & { id: string; version: number; authorId: string | null; updatedAt: Date }) {
  if ((await tx.postRevision.count({ where: { postId: post.id, kind: { not: "autosave" } } })) > 0) return;
  await tx.postRevision.create({
    data: {
      postId: post.id,
      kind: "save",
      version: post.version,
      authorId: post.authorId,
      title: post.title,
      slug: post.slug,
      bodyHtml: post.bodyHtml,
      labels: JSON.stringify(post.labels),
      bytes: sizeOf(post),
      createdAt: post.updatedAt,
    },
  });
}

async function editablePost(db: Tx, user: AuthUser, postId: string) {
  const post = await db.post.findUnique({ where: { id: postId }, select: { id: true, authorId: true, version: true, trashedAt: true } });
  if (!post || post.trashedAt) throw new AppError("NOT_FOUND", "No such post.");
  assertCanEditPost(user, post);
  return post;
}

/**
 * The editor's autosave: the author's unsaved work, kept in their one autosave revision of the
 * post. The post is untouched. `stale` tells the editor someone saved the post since it opened.
 */
export async function autosavePost(db: Db, user: AuthUser, rawInput: TAutosaveInput, now = new Date()) {
  const input = ZAutosaveInputSchema.parse(rawInput);
  const post = await editablePost(db, user, input.postId);
  const content = { title: input.title, slug: input.slug ?? "", bodyHtml: sanitizePostHtml(input.bodyHtml), labels: [...new Set(input.labels)] };
  const data = { ...content, labels: JSON.stringify(content.labels), version: input.baseVersion, bytes: sizeOf(content), updatedAt: now };
  const existing = await db.postRevision.findFirst({ where: { postId: post.id, kind: "autosave", authorId: user.id }, select: { id: true } });
  const row = existing
    ? await db.postRevision.update({ where: { id: existing.id }, data, select: { id: true, updatedAt: true } })
    : await db.postRevision.create({ data: { postId: post.id, kind: "autosave", authorId: user.id, createdAt: now, ...data }, select: { id: true, updatedAt: true } });
  return { revisionId: row.id, savedAt: row.updatedAt, stale: input.baseVersion < post.version, currentVersion: post.version };
}

/** The caller's autosave of the post, if it holds work newer than the post's last save. */
export async function findNewerAutosave(db: Db, user: AuthUser, postId: string) {
  const post = await db.post.findUnique({ where: { id: postId }, select: { updatedAt: true } });
  const autosave = await db.postRevision.findFirst({ where: { postId, kind: "autosave", authorId: user.id } });
  if (!post || !autosave || autosave.updatedAt <= post.updatedAt) return null;
  return { id: autosave.id, savedAt: autosave.updatedAt, version: autosave.version, title: autosave.title, slug: autosave.slug, bodyHtml: autosave.bodyHtml, labels: parseLabels(autosave.labels) };
}

export async function discardAutosave(db: Db, user: AuthUser, postId: string) {
  await db.postRevision.deleteMany({ where: { postId, kind: "autosave", authorId: user.id } });
}

export async function listRevisions(db: Db, user: AuthUser, postId: string) {
  const post = await db.post.findUnique({ where: { id: postId }, select: { id: true, authorId: true, version: true } });
  if (!post) throw new AppError("NOT_FOUND", "No such post.");
  const rows = await db.postRevision.findMany({
    where: { postId, OR: [{ kind: { not: "autosave" } }, { authorId: user.id }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, title: true, version: true, bytes: true, createdAt: true, updatedAt: true, author: { select: { name: true } } },
  });
  return {
    postVersion: post.version,
    revisions: rows.map(({ author, ...row }) => ({ ...row, authorName: author?.name ?? null, at: row.kind === "autosave" ? row.updatedAt : row.createdAt })),
  };
}

async function readableRevision(db: Db, user: AuthUser, id: string) {
  const row = await db.postRevision.findUnique({ where: { id }, include: { author: { select: { name: true } } } });
  // Someone else's autosave is their unsaved work: not for others to read.
  if (!row || (row.kind === "autosave" && row.authorId !== user.id)) throw new AppError("NOT_FOUND", "No such revision.");
  return { ...row, labels: parseLabels(row.labels), authorName: row.author?.name ?? null };
}

export async function getRevision(db: Db, user: AuthUser, id: string) {
  const { author: _author, ...revision } = await readableRevision(db, user, id);
  return revision;
}

// ---------------------------------------------------------------------------------------------
// Diffs
// ---------------------------------------------------------------------------------------------

export interface DiffPart {
  value: string;
  added?: true;
  removed?: true;
}

function parts(changes: Change[]): DiffPart[] {
  return changes.map((change) => ({ value: change.value, ...(change.added ? { added: true as const } : {}), ...(change.removed ? { removed: true as const } : {}) }));
}

/** A post body as text with one line per block (paragraph, heading, list item...), for a readable diff. */
export function readableText(html: string): string {
  return html
    .split(/(?=<(?:p|h[1-6]|li|blockquote|pre|figure|figcaption|tr|table|hr|div)\b)|<br\s*\/?>/i)
    .map((block) => htmlToText(block))
    .filter((line) => line !== "")
    .join("\n");
}

/** HTML with a line break before every block tag, so markup changes (a link's address) diff by line. */
function readableHtml(html: string): string {
  return html.replace(/(?=<(?:p|h[1-6]|ul|ol|li|blockquote|pre|figure|table|tr|hr|div|img)\b)/gi, "\n").trim();
}

export interface ContentDiff {
  title: DiffPart[];
  slug: DiffPart[];
  labels: { value: string; added?: true; removed?: true }[];
  text: DiffPart[];
  html: DiffPart[];
  changed: boolean;
}

/** What changed from `from` to `to`: word by word in the text, line by line in the HTML. */
export function diffContent(from: RevisionContent, to: RevisionContent): ContentDiff {
  const labels = diffArrays([...from.labels].sort(), [...to.labels].sort()).flatMap((change) =>
    change.value.map((value) => ({ value, ...(change.added ? { added: true as const } : {}), ...(change.removed ? { removed: true as const } : {}) })),
  );
  const diff = {
    title: parts(diffWordsWithSpace(from.title, to.title)),
    slug: parts(diffWordsWithSpace(from.slug, to.slug)),
    labels,
    text: parts(diffWordsWithSpace(readableText(from.bodyHtml), readableText(to.bodyHtml))),
    html: parts(diffLines(readableHtml(from.bodyHtml), readableHtml(to.bodyHtml))),
  };
  const changed = [diff.title, diff.slug, diff.labels, diff.html].some((list) => list.some((part) => part.added || part.removed));
  return { ...diff, changed };
}

export async function diffRevisions(db: Db, user: AuthUser, input: { fromId: string; toId: string }) {
  const [from, to] = await Promise.all([readableRevision(db, user, input.fromId), readableRevision(db, user, input.toId)]);
  if (from.postId !== to.postId) throw new AppError("INVALID_INPUT", "Both revisions must belong to the same post.");
  const describe = (row: typeof from) => ({ id: row.id, kind: row.kind, version: row.version, at: row.kind === "autosave" ? row.updatedAt : row.createdAt, authorName: row.authorName });
  return { from: describe(from), to: describe(to), diff: diffContent(from, to) };
}

/** How much the history takes, for the admin. */
export async function revisionStorage(db: Db) {
  const [total, autosaves] = await Promise.all([
    db.postRevision.aggregate({ _count: { _all: true }, _sum: { bytes: true } }),
    db.postRevision.count({ where: { kind: "autosave" } }),
  ]);
  const blog = await getBlog(db);
  return { revisions: total._count._all, autosaves, bytes: total._sum.bytes ?? 0, revisionsToKeep: blog.revisionsToKeep };
}
