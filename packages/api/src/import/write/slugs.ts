/**
 * Where an imported post goes. Its Blogger address when that is free; otherwise a free slug near
 * it, with the reason in the report. Addresses are unique, slugs are not (Blogger repeated slugs
 * across months, and /2009/02/x.html and /2010/05/x.html are two posts).
 */
import { SLUG_PATTERN, slugify } from "@crestwood/validators";
import { postAddressKey } from "../../services/addresses";
import { formatPostPath } from "../../urls";
import type { ImportPost } from "../model";
import { slugOfPath } from "../blogger/paths";
import type { RunContext, Tx } from "./context";

function baseSlug(ctx: RunContext, post: ImportPost) {
  const oldPath = ctx.plan.loseAddress.has(post.sourceId) ? undefined : post.oldPaths[0];
  const wanted = post.crestwood?.slug ?? (oldPath ? slugOfPath(oldPath).normalize("NFC") : undefined);
  const base = wanted && SLUG_PATTERN.test(wanted) && wanted.length <= 200 ? wanted : slugify(wanted || post.title || "post");
  return { oldPath, wanted, base };
}

function addressOf(ctx: RunContext, post: ImportPost, slug: string): string | null {
  const createdAt = post.createdAt ?? post.publishedAt ?? ctx.now;
  if (post.status === "draft" && post.crestwood?.status !== "scheduled") return post.kind === "page" ? postAddressKey({ slug, kind: "page", publishedAt: null, createdAt }, ctx.timeZone) : null;
  return postAddressKey({ slug, kind: post.kind, publishedAt: post.publishedAt, createdAt }, ctx.timeZone);
}

/** One query for the addresses a batch would like, instead of one per post. */
export async function prefetchSlugs(tx: Tx, ctx: RunContext, posts: ImportPost[]): Promise<void> {
  const slugs = [...new Set(posts.map((post) => baseSlug(ctx, post).base))];
  if (slugs.length === 0) return;
  const rows = await tx.post.findMany({ where: { blogId: 1, slug: { in: slugs }, status: { not: "draft" } }, select: { slug: true, kind: true, publishedAt: true, createdAt: true, imports: { select: { sourceId: true }, take: 1 } } });
  for (const row of rows) {
    const key = postAddressKey(row, ctx.timeZone);
    if (key) ctx.takenAddresses.set(key, row.imports.length === 0 ? "blog" : "import");
  }
  for (const slug of slugs) ctx.checkedSlugs.add(slug);
}

async function owner(tx: Tx, ctx: RunContext, key: string, slug: string): Promise<"blog" | "import" | "run" | null> {
  if (ctx.runAddresses.has(key)) return "run";
  const known = ctx.takenAddresses.get(key);
  if (known) return known;
  if (ctx.checkedSlugs.has(slug)) return null;
  const rows = await tx.post.findMany({ where: { blogId: 1, slug, status: { not: "draft" } }, select: { slug: true, kind: true, publishedAt: true, createdAt: true, imports: { select: { sourceId: true }, take: 1 } } });
  const clash = rows.find((row) => postAddressKey(row, ctx.timeZone) === key);
  return clash ? (clash.imports.length === 0 ? "blog" : "import") : null;
}

export interface SlugChoice {
  slug: string;
  /** The post's address here (null for a draft without a date). */
  address: string | null;
  /** The old address still leads to this post (a redirect when it changed). */
  keepsOldPath: boolean;
}

export async function chooseSlug(tx: Tx, ctx: RunContext, post: ImportPost): Promise<SlugChoice> {
  const { oldPath, wanted, base } = baseSlug(ctx, post);
  let slug = base;
  let address = addressOf(ctx, post, slug);
  let takenBy: "blog" | "import" | "run" | null = null;
  for (let n = 2; address; n++) {
    const by = await owner(tx, ctx, address, slug);
    if (!by) break;
    takenBy ??= by;
    slug = `${base}-${n}`;
    address = addressOf(ctx, post, slug);
  }
  if (address) ctx.runAddresses.add(address);
  if (!oldPath) return { slug, address, keepsOldPath: false };
  const title = post.title || "(untitled)";
  const now = () => decodeURI(formatPostPath({ slug, kind: post.kind, publishedAt: post.publishedAt ?? post.createdAt ?? ctx.now }, ctx.timeZone));
  if (takenBy === "blog") {
    ctx.report.add("path-taken", `"${title}": ${oldPath} belongs to a post of this blog; imported at ${now()}`, post.ref);
    return { slug, address, keepsOldPath: false };
  }
  if (slug !== wanted) ctx.report.add("slug-renamed", `"${title}": ${oldPath} → ${now()}`, post.ref);
  return { slug, address, keepsOldPath: true };
}
