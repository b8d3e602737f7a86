import type { Db } from "@crestwood/db";
import { formatLabelPath } from "../urls";
import { BLOG_ID } from "./blog";

/**
 * Labels that readers can reach (with at least one visible post), with their post counts.
 * `Label.postCount` (kept by triggers) counts scheduled posts too; the few still in the future
 * are found through the date index and subtracted. No aggregate over all posts: this runs on
 * every reader page.
 */
export async function listLabels(db: Db, now = new Date()) {
  const [labels, futurePosts] = await Promise.all([
    db.label.findMany({
      where: { blogId: BLOG_ID, postCount: { gt: 0 } },
      select: { id: true, name: true, postCount: true },
      orderBy: { name: "asc" },
    }),
    db.post.findMany({
      where: { blogId: BLOG_ID, kind: "post", publishedAt: { gt: now }, status: { not: "draft" } },
      select: { id: true },
    }),
  ]);
  const notYetVisible = new Map<string, number>();
  if (futurePosts.length > 0) {
    const links = await db.postLabel.groupBy({
      by: ["labelId"],
      where: { postId: { in: futurePosts.map((post) => post.id) } },
      _count: { _all: true },
    });
    for (const link of links) notYetVisible.set(link.labelId, link._count._all);
  }
  return labels
    .map((label) => ({ name: label.name, postCount: label.postCount - (notYetVisible.get(label.id) ?? 0), path: formatLabelPath(label.name) }))
    .filter((label) => label.postCount > 0);
}
