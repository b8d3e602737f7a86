import type { Db } from "@crestwood/db";

const LABELS = 40;
const BATCH = 2_000;

/**
 * Fills a blog with `count` published posts, one every hour back from 2024, each with two of 40
 * labels, and three comments on every tenth post: the shape of a large, old Blogger blog.
 */
export async function fillBlog(db: Db, count: number) {
  await db.blog.upsert({ where: { id: 1 }, update: {}, create: { id: 1, title: "Bench", postsPerPage: 7, timezone: "Europe/Stockholm", language: "sv" } });
  await db.label.createMany({ data: Array.from({ length: LABELS }, (_, i) => ({ id: `label-${i}`, name: `etikett ${i}` })) });
  const start = Date.UTC(2024, 0, 1);
  for (let offset = 0; offset < count; offset += BATCH) {
    const size = Math.min(BATCH, count - offset);
    const ids = Array.from({ length: size }, (_, i) => offset + i);
    await db.post.createMany({
      data: ids.map((i) => ({
        id: `post-${i}`,
        slug: `inlagg-nummer-${i}`,
        title: `Inlägg nummer ${i}`,
        bodyHtml: `<p>Text för inlägg ${i}. ${"Lorem ipsum dolor sit amet. ".repeat(20)}</p>`,
        excerpt: `Text för inlägg ${i}.`,
        status: "published",
        publishedAt: new Date(start - i * 3_600_000),
      })),
    });
    await db.postLabel.createMany({
      data: ids.flatMap((i) => [
        { postId: `post-${i}`, labelId: `label-${i % LABELS}` },
        { postId: `post-${i}`, labelId: `label-${(i * 7 + 3) % LABELS}` === `label-${i % LABELS}` ? `label-${(i + 1) % LABELS}` : `label-${(i * 7 + 3) % LABELS}` },
      ]),
    });
    await db.comment.createMany({
      data: ids
        .filter((i) => i % 10 === 0)
        .flatMap((i) => [0, 1, 2].map((c) => ({ postId: `post-${i}`, authorName: `Läsare ${c}`, bodyHtml: "Bra skrivet!", status: "published" as const }))),
    });
  }
}
