/**
 * Where an imported post goes. Its Blogger address when that is free and usable; otherwise a
 * free slug near it, with the reason in the report. Crestwood's slugs are unique per blog and
 * a-z, 0-9, "-" only, while Blogger repeated slugs across months and allowed other letters.
 */
import { SLUG_PATTERN, slugify } from "@crestwood/validators";
import { postPath } from "../../content/permalink";
import type { ImportPost } from "../model";
import { slugOfPath } from "../blogger/paths";
import type { RunContext, Tx } from "./context";

async function slugOwner(tx: Tx, slug: string) {
  return tx.post.findUnique({
    where: { blogId_slug: { blogId: 1, slug } },
    select: { kind: true, slug: true, publishedAt: true, createdAt: true, imports: { select: { sourceId: true }, take: 1 } },
  });
}

/** One query for the slugs a batch would like, instead of one per post. */
export async function prefetchSlugs(tx: Tx, ctx: RunContext, posts: ImportPost[]): Promise<void> {
  const wanted = posts.map((post) => baseSlug(ctx, post).base).filter((slug) => !ctx.slugs.has(slug));
  if (wanted.length === 0) return;
  const rows = await tx.post.findMany({ where: { blogId: 1, slug: { in: wanted } }, select: { slug: true } });
  for (const row of rows) ctx.takenSlugs.add(row.slug);
  for (const slug of wanted) ctx.checkedSlugs.add(slug);
}

function baseSlug(ctx: RunContext, post: ImportPost) {
  const oldPath = ctx.plan.loseAddress.has(post.sourceId) ? undefined : post.oldPaths[0];
  const wanted = post.crestwood?.slug ?? (oldPath ? slugOfPath(oldPath) : undefined);
  const base = wanted && SLUG_PATTERN.test(wanted) && wanted.length <= 200 ? wanted : slugify(wanted || post.title || "post");
  return { oldPath, wanted, base };
}

async function isTaken(tx: Tx, ctx: RunContext, slug: string): Promise<boolean> {
  if (ctx.slugs.has(slug) || ctx.takenSlugs.has(slug)) return true;
  if (ctx.checkedSlugs.has(slug)) return false;
  return (await slugOwner(tx, slug)) !== null;
}

export interface SlugChoice {
  slug: string;
  /** The old address still leads to this post (a redirect when the slug changed). */
  keepsOldPath: boolean;
}

export async function chooseSlug(tx: Tx, ctx: RunContext, post: ImportPost): Promise<SlugChoice> {
  const { oldPath, wanted, base } = baseSlug(ctx, post);
  const baseTakenByThisRun = ctx.slugs.has(base);
  let slug = base;
  for (let n = 2; ; n++) {
    if (!(await isTaken(tx, ctx, slug))) break;
    slug = `${base}-${n}`;
  }
  ctx.slugs.add(slug);
  if (!oldPath) return { slug, keepsOldPath: false };
  const title = post.title || "(untitled)";
  if (slug !== base || base !== wanted) {
    // Who answers at the old address now? An existing post of this blog keeps it.
    const owner = base === wanted && !baseTakenByThisRun ? await slugOwner(tx, base) : null;
    const ownerPath = owner ? postPath({ slug: owner.slug, kind: owner.kind, publishedAt: owner.publishedAt ?? owner.createdAt }, ctx.timeZone) : null;
    if (owner && owner.imports.length === 0 && ownerPath === oldPath) {
      ctx.report.add("path-taken", `"${title}": ${oldPath} belongs to a post of this blog; imported at ${newPath(ctx, post, slug)}`, post.ref);
      return { slug, keepsOldPath: false };
    }
    ctx.report.add("slug-renamed", `"${title}": ${oldPath} → ${newPath(ctx, post, slug)}`, post.ref);
  }
  return { slug, keepsOldPath: true };
}

function newPath(ctx: RunContext, post: ImportPost, slug: string): string {
  return postPath({ slug, kind: post.kind, publishedAt: post.publishedAt ?? post.createdAt ?? ctx.now }, ctx.timeZone);
}
