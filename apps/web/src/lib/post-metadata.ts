import type { Metadata } from "next";
import type { ReaderPost } from "@crestwood/api";
import type { BlogContext } from "./blog";
import { feedAlternates } from "./feed-links";
import { featuredImages } from "./featured-image";

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
