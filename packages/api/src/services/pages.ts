import type { Db } from "@crestwood/db";
import { formatPagePath } from "../urls";
import { visiblePostWhere } from "./posts";

/** The blog's published static pages, oldest first (Blogger's Pages widget: "Om mig", "Kontakt"). */
export async function listPages(db: Db, now = new Date()) {
  const rows = await db.post.findMany({
    where: visiblePostWhere(now, "page"),
    select: { id: true, title: true, slug: true },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    take: 100,
  });
  return rows.map((row) => ({ id: row.id, title: row.title, path: formatPagePath(row.slug) }));
}
