// Loads the demo content into an empty blog: `pnpm db:seed`. A blog that already has content
// (posts or accounts) is left alone, so `pnpm start` can run this every time.
import { createDb, type Db } from "@crestwood/db";
import { excerptFromHtml, sanitizeCommentHtml, sanitizePostHtml } from "@crestwood/api";
import { demoAuthor, demoBlog, demoPosts, type DemoComment } from "./demo-content";

const BLOG_ID = 1;

async function isEmpty(db: Db): Promise<boolean> {
  const [blogs, posts, users] = await Promise.all([db.blog.count(), db.post.count(), db.user.count()]);
  return blogs === 0 || (posts === 0 && users === 0);
}

async function createComments(db: Db, postId: string, comments: DemoComment[], parentId: string | null) {
  for (const comment of comments) {
    const created = await db.comment.create({
      data: {
        postId,
        parentId,
        authorName: comment.authorName,
        authorUrl: comment.authorUrl ?? null,
        bodyHtml: sanitizeCommentHtml(comment.bodyHtml),
        createdAt: comment.createdAt,
        status: "published",
      },
    });
    if (comment.replies) await createComments(db, postId, comment.replies, created.id);
  }
}

export async function seedDemoContent(db: Db): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  await db.blog.upsert({ where: { id: BLOG_ID }, update: demoBlog, create: { id: BLOG_ID, ...demoBlog } });
  const author = await db.user.upsert({ where: { email: demoAuthor.email }, update: {}, create: demoAuthor });
  for (const post of demoPosts) {
    const bodyHtml = sanitizePostHtml(post.bodyHtml);
    const created = await db.post.create({
      data: {
        blogId: BLOG_ID,
        title: post.title,
        slug: post.slug,
        bodyHtml,
        excerpt: excerptFromHtml(bodyHtml),
        status: "published",
        publishedAt: post.publishedAt,
        createdAt: post.publishedAt,
        authorId: author.id,
        labels: {
          create: post.labels.map((name) => ({
            label: { connectOrCreate: { where: { blogId_name: { blogId: BLOG_ID, name } }, create: { blogId: BLOG_ID, name } } },
          })),
        },
      },
    });
    if (post.comments) await createComments(db, created.id, post.comments, null);
  }
  return true;
}

const db = createDb();
try {
  const seeded = await seedDemoContent(db);
  console.log(seeded ? `Loaded the demo content (${demoPosts.length} posts).` : "The blog has content: demo content not loaded.");
} finally {
  await db.$disconnect();
}
