// Test data factories: each test makes exactly the rows it reads, with unique names.
import { randomUUID } from "node:crypto";
import type { Db } from "@crestwood/db";
import { createCaller, createTRPCContext } from "../src/index";

export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export function callerFor(db: Db, options: { clientIp?: string } = {}) {
  return createCaller(createTRPCContext({ db, headers: new Headers(), clientIp: options.clientIp ?? null }));
}

export async function makeBlog(db: Db, settings: Partial<{ language: "sv" | "en"; timezone: string; postsPerPage: number; commentPolicy: "open" | "moderated" | "closed" }> = {}) {
  return db.blog.upsert({ where: { id: 1 }, update: settings, create: { id: 1, title: "Testblogg", ...settings } });
}

export async function makePost(
  db: Db,
  overrides: Partial<{ title: string; slug: string; status: "draft" | "scheduled" | "published"; publishedAt: Date | null; labels: string[]; bodyHtml: string }> = {},
) {
  const slug = overrides.slug ?? unique("post");
  return db.post.create({
    data: {
      title: overrides.title ?? `Title of ${slug}`,
      slug,
      bodyHtml: overrides.bodyHtml ?? "<p>Body</p>",
      status: overrides.status ?? "published",
      publishedAt: overrides.publishedAt === undefined ? new Date("2020-01-01T12:00:00Z") : overrides.publishedAt,
      labels: {
        create: (overrides.labels ?? []).map((name) => ({
          label: { connectOrCreate: { where: { blogId_name: { blogId: 1, name } }, create: { name } } },
        })),
      },
    },
  });
}
