/**
 * The addresses an imported post answers at, recorded in the address table (services/addresses.ts):
 * its address here and every address it had on Blogger, in the table's spelling (decoded, NFC, no
 * query), so ?m=1 and percent-encoded links reach it too, with a permanent redirect when the
 * address changed. One batch of posts at a time: two queries, not one per address.
 */
import { BLOG_ID } from "../../services/blog";
import { addressKey } from "../../urls";
import type { RunContext, Tx } from "./context";

export async function recordAddresses(tx: Tx, ctx: RunContext, posts: { postId: string; current: string | null; old: readonly string[] }[]): Promise<void> {
  const owner = new Map<string, string>();
  for (const post of posts) {
    // Old addresses first: the post's own current address wins if an old one spells the same.
    for (const path of post.old) {
      const key = addressKey(path);
      if (key) owner.set(key, post.postId);
    }
    if (post.current) owner.set(post.current, post.postId);
  }
  if (owner.size === 0 || ctx.dryRun) return;
  const existing = await tx.address.findMany({ where: { blogId: BLOG_ID, path: { in: [...owner.keys()] } }, select: { path: true } });
  const known = new Set(existing.map((row) => row.path));
  const fresh = [...owner].filter(([path]) => !known.has(path)).map(([path, postId]) => ({ blogId: BLOG_ID, path, postId }));
  if (fresh.length) await tx.address.createMany({ data: fresh });
  // An address that led elsewhere (another post's old one, a deleted post's) now leads here.
  for (const path of known) await tx.address.update({ where: { blogId_path: { blogId: BLOG_ID, path } }, data: { postId: owner.get(path)!, labelId: null } });
}
