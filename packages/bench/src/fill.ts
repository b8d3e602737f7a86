import type { Db } from "@crestwood/db";
import { yearMonth } from "@crestwood/i18n";

const LABELS = 40;
const BATCH = 1_000;
export const TIME_ZONE = "Europe/Stockholm";
/** The newest post's time; one post an hour before it, back in time. */
export const NEWEST = Date.UTC(2024, 0, 1);
/** Comments per post on average, and on the one very discussed post. */
export const COMMENTS_PER_POST = 10;
export const HEAVY_POST_COMMENTS = 5_000;

export interface FilledBlog {
  posts: number;
  comments: number;
  /** A post in the middle of the blog, and the one with thousands of comments. */
  middle: number;
  heavy: number;
}

const slugOf = (i: number) => `inlagg-nummer-${i}`;
export const publishedAtOf = (i: number) => new Date(NEWEST - i * 3_600_000);
export function postPathOf(i: number): string {
  const { year, month } = yearMonth(publishedAtOf(i), TIME_ZONE);
  return `/${year}/${month}/${slugOf(i)}.html`;
}

/**
 * Fills a blog with `count` published posts, one an hour back from 2024, each with two of 40
 * labels and ten comments, and one post with 5,000: the shape of a large, old Blogger blog. Rows
 * are written as an importer would, in batches, with their archive month.
 */
export async function fillBlog(db: Db, count: number): Promise<FilledBlog> {
  await db.blog.upsert({ where: { id: 1 }, update: {}, create: { id: 1, title: "Bench", postsPerPage: 7, timezone: TIME_ZONE, language: "sv" } });
  await db.label.createMany({ data: Array.from({ length: LABELS }, (_, i) => ({ id: `label-${i}`, name: `etikett ${i}` })) });
  const middle = Math.floor(count / 2);
  const heavy = Math.min(10, count - 1);
  let comments = 0;
  for (let offset = 0; offset < count; offset += BATCH) {
    const size = Math.min(BATCH, count - offset);
    const ids = Array.from({ length: size }, (_, i) => offset + i);
    await db.post.createMany({
      data: ids.map((i) => {
        const { year, month } = yearMonth(publishedAtOf(i), TIME_ZONE);
        return {
          id: `post-${i}`,
          slug: slugOf(i),
          title: `Inlägg nummer ${i}`,
          bodyHtml: `<p>Text för inlägg ${i}. ${"Lorem ipsum dolor sit amet. ".repeat(20)}</p>`,
          excerpt: `Text för inlägg ${i}.`,
          status: "published" as const,
          publishedAt: publishedAtOf(i),
          archiveMonth: `${year}-${month}`,
        };
      }),
    });
    await db.postLabel.createMany({
      data: ids.flatMap((i) => {
        const first = i % LABELS;
        const second = (i * 7 + 3) % LABELS === first ? (i + 1) % LABELS : (i * 7 + 3) % LABELS;
        return [
          { postId: `post-${i}`, labelId: `label-${first}` },
          { postId: `post-${i}`, labelId: `label-${second}` },
        ];
      }),
    });
    const rows = ids.flatMap((i) =>
      Array.from({ length: i === heavy ? HEAVY_POST_COMMENTS : COMMENTS_PER_POST }, (_, c) => ({
        postId: `post-${i}`,
        authorName: `Läsare ${c}`,
        bodyHtml: `<p>Bra skrivet, del ${c}!</p>`,
        status: "published" as const,
        createdAt: new Date(publishedAtOf(i).getTime() + (c + 1) * 60_000),
      })),
    );
    for (let at = 0; at < rows.length; at += 5_000) await db.comment.createMany({ data: rows.slice(at, at + 5_000) });
    comments += rows.length;
  }
  return { posts: count, comments, middle, heavy };
}
