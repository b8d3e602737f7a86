// Test data written straight into the e2e server's database (the file server.mjs created), so
// each test owns the posts it comments on and never disturbs another test's page.
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { createDb, findRepoRoot, type Db } from "@crestwood/db";

let db: Db | undefined;

export function e2eDb(): Db {
  db ??= createDb(`file:${join(findRepoRoot(import.meta.dirname), "tmp", "e2e", "crestwood.db")}`);
  return db;
}

export async function createPublishedPost(
  overrides: { title?: string; labels?: string[]; bodyHtml?: string; kind?: "post" | "page"; legacyPath?: string } = {},
) {
  const suffix = randomUUID().slice(0, 8);
  const slug = `e2e-${suffix}`;
  const publishedAt = new Date("2008-06-15T10:00:00Z");
  const bodyHtml = overrides.bodyHtml ?? "<p>Ett inlägg som ett test äger.</p>";
  const post = await e2eDb().post.create({
    data: {
      title: overrides.title ?? `E2E-inlägg ${suffix}`,
      slug,
      kind: overrides.kind ?? "post",
      bodyHtml,
      excerpt: bodyHtml.replace(/<[^>]*>/g, ""),
      status: "published",
      publishedAt,
      legacyPath: overrides.legacyPath ?? null,
      labels: {
        create: (overrides.labels ?? []).map((name) => ({
          label: { connectOrCreate: { where: { blogId_name: { blogId: 1, name } }, create: { name } } },
        })),
      },
    },
  });
  return { ...post, path: overrides.kind === "page" ? `/p/${slug}.html` : `/2008/06/${slug}.html` };
}

export async function commentCount(postId: string): Promise<number> {
  return e2eDb().comment.count({ where: { postId } });
}
