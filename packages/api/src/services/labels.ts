import type { Db } from "@crestwood/db";
import { labelPath } from "../content/permalink";
import { BLOG_ID } from "./blog";
import { visiblePostWhere } from "./posts";

/** Labels that readers can reach (with at least one visible post), with their post counts. */
export async function listLabels(db: Db, now = new Date()) {
  const labels = await db.label.findMany({
    where: { blogId: BLOG_ID },
    select: {
      name: true,
      _count: { select: { posts: { where: { post: visiblePostWhere(now, "post") } } } },
    },
    orderBy: { name: "asc" },
  });
  return labels
    .filter((label) => label._count.posts > 0)
    .map((label) => ({ name: label.name, postCount: label._count.posts, path: labelPath(label.name) }));
}
