/** Posts and pages of one batch, written with their original dates, authors, labels and addresses. */
import type { Prisma } from "@crestwood/db";
import { excerptFromHtml } from "../../content/sanitize";
import { sanitizeImportedBody } from "../content/imported-body";
import type { ImportPost } from "../model";
import { resolveAuthor } from "./authors";
import type { RunContext, Tx } from "./context";
import { labelIds } from "./labels";
import { relinkOnWrite } from "./links";
import { formatPostPath } from "../../urls";
import { recordAddresses } from "./old-addresses";
import { newRowId } from "./row-ids";
import { chooseSlug, prefetchSlugs } from "./slugs";

export async function writePosts(tx: Tx, ctx: RunContext, batch: ImportPost[]): Promise<void> {
  if (batch.length === 0) return;
  const existing = await tx.importRecord.findMany({
    where: { sourceId: { in: batch.map((post) => post.sourceId) }, postId: { not: null } },
    select: { sourceId: true, post: { select: { id: true, slug: true, kind: true, publishedAt: true, createdAt: true } } },
  });
  const found = new Map(existing.map((record) => [record.sourceId, record.post]));
  // A Crestwood export imported into the blog it came from: its rows are found by their own ids.
  const ownIds = batch.filter((post) => post.sourceId.startsWith("crestwood:") && !found.has(post.sourceId)).map((post) => post.sourceId.slice("crestwood:".length));
  if (ownIds.length) {
    const own = await tx.post.findMany({ where: { id: { in: ownIds } }, select: { id: true, slug: true, kind: true, publishedAt: true, createdAt: true } });
    for (const post of own) found.set(`crestwood:${post.id}`, post);
  }

  await prefetchSlugs(tx, ctx, batch.filter((post) => !found.has(post.sourceId)));
  const posts: Prisma.PostCreateManyInput[] = [];
  const links: { postId: string; labelId: string }[] = [];
  const addresses: { postId: string; current: string | null; old: readonly string[] }[] = [];
  const records: { sourceId: string; postId: string }[] = [];
  for (const post of batch) {
    const kindCount = post.kind === "page" ? "pages" : "posts";
    const earlier = found.get(post.sourceId);
    if (earlier) {
      ctx.report.count(kindCount, "existing");
      const path = formatPostPath({ slug: earlier.slug, kind: earlier.kind, publishedAt: earlier.publishedAt ?? earlier.createdAt }, ctx.timeZone);
      ctx.posts.set(post.sourceId, { id: earlier.id, path, oldPath: null, fresh: false });
      continue;
    }
    const id = post.crestwood?.id && !(await tx.post.findUnique({ where: { id: post.crestwood.id }, select: { id: true } })) ? post.crestwood.id : newRowId();
    const { slug, address, keepsOldPath } = await chooseSlug(tx, ctx, post);
    const authorId = await resolveAuthor(tx, ctx, post.author, post.crestwood?.authorEmail);
    const body = sanitizeImportedBody(relinkOnWrite(ctx, id, post.title, post.bodyHtml), { keepDataImages: ctx.keepDataImages });
    const bodyHtml = body.html;
    const named = `"${post.title || "(untitled)"}"`;
    for (const embed of body.embeds) ctx.report.add(embed.kind === "converted" ? "embed-converted" : "embed-linked", `${named}: ${embed.url}`, post.ref);
    if (body.removed.length) ctx.report.add("content-removed", `${named}: ${body.removed.join(", ")}`, post.ref);
    const publishedAt = post.publishedAt;
    const status = post.crestwood?.status ?? (post.status === "draft" ? "draft" : publishedAt && publishedAt > ctx.now ? "scheduled" : "published");
    const createdAt = post.createdAt ?? publishedAt ?? post.updatedAt ?? ctx.now;
    const oldPaths = keepsOldPath ? post.oldPaths : [];
    posts.push({
      id,
      blogId: 1,
      kind: post.kind,
      status,
      title: post.title,
      slug,
      bodyHtml,
      excerpt: post.crestwood?.excerpt ?? post.metaDescription ?? excerptFromHtml(bodyHtml),
      authorId,
      publishedAt,
      createdAt,
      updatedAt: post.updatedAt ?? publishedAt ?? createdAt,
      featuredMediaId: post.crestwood?.featuredMediaHash ? await mediaIdByHash(tx, post.crestwood.featuredMediaHash) : null,
    });
    // A Crestwood export lists the addresses the post had, its current one among them: exactly those.
    addresses.push({ postId: id, current: post.crestwood ? null : address, old: oldPaths });
    const labels = await labelIds(tx, ctx, post.labels);
    for (const labelId of labels.values()) links.push({ postId: id, labelId });
    records.push({ sourceId: post.sourceId, postId: id });
    const path = formatPostPath({ slug, kind: post.kind, publishedAt: publishedAt ?? createdAt }, ctx.timeZone);
    ctx.posts.set(post.sourceId, { id, path, oldPath: oldPaths[0] ?? null, fresh: true });
    ctx.changed.postIds.add(id);
    for (const name of post.labels) ctx.changed.labelNames.add(name);
    ctx.report.count(kindCount, "imported");
  }
  if (ctx.dryRun) return;
  if (posts.length) await tx.post.createMany({ data: posts });
  if (links.length) await tx.postLabel.createMany({ data: links });
  if (records.length) await tx.importRecord.createMany({ data: records });
  await recordAddresses(tx, ctx, addresses);
}

async function mediaIdByHash(tx: Tx, hash: string): Promise<string | null> {
  return (await tx.media.findUnique({ where: { hash }, select: { id: true } }))?.id ?? null;
}
