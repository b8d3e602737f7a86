import "server-only";
import { cache } from "react";
import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import type { ReaderPost } from "@crestwood/api";
import { getApi } from "~/trpc/server";
import type { BlogContext } from "./blog";
import { feedAlternates } from "./feed-links";
import { decodeParam } from "./params";
import { orNotFound } from "./trpc-errors";
import { featuredImages } from "./featured-image";
import { CacheTag, cacheTags } from "./cache-tags";

/** The post (or page) a "<slug>.html" URL segment names, or null; read once per request. */
export const findPostBySlugSegment = cache(async (segment: string): Promise<ReaderPost | null> => {
  const match = /^(.+)\.html$/.exec(decodeParam(segment));
  if (!match?.[1]) return null;
  const api = await getApi();
  const post = await orNotFound(api.post.bySlug({ slug: match[1] }));
  if (post) await cacheTags(CacheTag.post(post.id));
  return post;
});

/**
 * Sends an address a post had before an import (Post.legacyPath) to where it lives now with a
 * 301; returns when the address is nobody's.
 */
export async function redirectFromLegacyPath(path: string): Promise<void> {
  const api = await getApi();
  const found = await orNotFound(api.post.byLegacyPath({ path: decodeParam(path) }));
  if (found) {
    // The redirect follows the post: it changes when the post's address does.
    await cacheTags(CacheTag.path(found.path));
    permanentRedirect(found.path);
  }
}

/** <title>, description, canonical, feeds, OpenGraph and Twitter card for a post or page. */
export function postMetadata(post: ReaderPost, blog: BlogContext): Metadata {
  const description = post.excerpt || undefined;
  const images = featuredImages(post);
  return {
    title: post.title,
    description,
    alternates: feedAlternates(blog, { canonical: post.path, commentsFeedPath: post.kind === "post" ? post.commentsFeedPath : undefined }),
    openGraph: {
      type: "article",
      title: post.title,
      description,
      url: post.path,
      siteName: blog.settings.title,
      publishedTime: post.publishedAt.toISOString(),
      modifiedTime: post.updatedAt.toISOString(),
      authors: post.authorName ? [post.authorName] : undefined,
      tags: post.labels.map((label) => label.name),
      images,
    },
    twitter: { card: images ? "summary_large_image" : "summary", title: post.title, description, images },
  };
}
