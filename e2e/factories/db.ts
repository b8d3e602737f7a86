// Test data written straight into the e2e server's database (the file server.mjs created), so
// each test owns the posts it comments on and never disturbs another test's page.
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { announcePostWritten, createApiToken, formatPostPath, revokeApiToken } from "@crestwood/api";
import { createDb, findRepoRoot, type Db } from "@crestwood/db";

let db: Db | undefined;

export function e2eDatabaseUrl(): string {
  return `file:${join(findRepoRoot(import.meta.dirname), "tmp", "e2e", "crestwood.db")}`;
}

export function e2eDb(): Db {
  db ??= createDb(e2eDatabaseUrl());
  return db;
}

export async function createPublishedPost(
  overrides: { title?: string; labels?: string[]; bodyHtml?: string; kind?: "post" | "page"; oldPaths?: string[]; publishedComments?: string[]; publishedAt?: Date } = {},
) {
  const suffix = randomUUID().slice(0, 8);
  const slug = `e2e-${suffix}`;
  const publishedAt = overrides.publishedAt ?? new Date("2008-06-15T10:00:00Z");
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
      labels: {
        create: (overrides.labels ?? []).map((name) => ({
          label: { connectOrCreate: { where: { blogId_name: { blogId: 1, name } }, create: { name } } },
        })),
      },
      // Addresses it had before (an import's Blogger permalinks): the address table leads them here.
      addresses: { create: (overrides.oldPaths ?? []).map((path) => ({ path })) },
      comments: {
        create: (overrides.publishedComments ?? []).map((body) => ({ authorName: "E2E-läsare", bodyHtml: `<p>${body}</p>`, status: "published" as const })),
      },
    },
  });
  // Written straight into the database: announced, as every writer does, so that cached pages
  // (the home page, the archive, labels) show it on the next request.
  await announcePostWritten(e2eDb(), post.id);
  const blog = await e2eDb().blog.findUniqueOrThrow({ where: { id: 1 }, select: { timezone: true } });
  return { ...post, path: formatPostPath({ slug, publishedAt, kind: post.kind }, blog.timezone) };
}

export async function commentCount(postId: string): Promise<number> {
  return e2eDb().comment.count({ where: { postId } });
}

/**
 * An author of their own with an API token, minted the way `pnpm crestwood token create` does.
 * `expired` makes one whose life ended yesterday; `revoked` one revoked before use.
 */
export async function createAuthorWithToken(options: { expired?: boolean; revoked?: boolean } = {}) {
  const suffix = randomUUID().slice(0, 8);
  const user = await e2eDb().user.create({ data: { email: `e2e-${suffix}@example.org`, name: `E2E-skribent ${suffix}`, role: "author" } });
  const mintedAt = options.expired ? new Date(Date.now() - 2 * 24 * 60 * 60 * 1000) : new Date();
  const { token, apiToken } = await createApiToken(e2eDb(), user, { name: `e2e ${suffix}`, role: "author", expiresInDays: options.expired ? 1 : null }, mintedAt);
  if (options.revoked) await revokeApiToken(e2eDb(), apiToken.id);
  return { user, token, tokenId: apiToken.id };
}

/** A draft written by `authorId` with exactly this body (stored as the editor's save would store it). */
export async function createDraftPost(authorId: string, bodyHtml: string, title = `E2E-utkast ${randomUUID().slice(0, 8)}`) {
  return e2eDb().post.create({
    data: { title, slug: `e2e-${randomUUID().slice(0, 8)}`, bodyHtml, excerpt: "", status: "draft", authorId },
  });
}

export async function storedBody(postId: string): Promise<string> {
  const post = await e2eDb().post.findUniqueOrThrow({ where: { id: postId }, select: { bodyHtml: true } });
  return post.bodyHtml;
}

/** A published static page (/p/<slug>.html) by `authorId`. */
export async function createStaticPage(authorId: string, title = `E2E-sida ${randomUUID().slice(0, 8)}`) {
  const slug = `e2e-sida-${randomUUID().slice(0, 8)}`;
  const page = await e2eDb().post.create({
    data: { title, slug, kind: "page", bodyHtml: "<p>Vem jag är.</p>", excerpt: "Vem jag är.", status: "published", publishedAt: new Date("2008-01-01T10:00:00Z"), authorId },
  });
  return { ...page, path: `/p/${slug}.html` };
}
