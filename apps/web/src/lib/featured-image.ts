import type { ReaderPost } from "@crestwood/api";

/**
 * A post's featured image for link previews (OpenGraph, and Twitter's large card), or undefined.
 * Relative URLs become absolute against the layout's metadataBase.
 */
export function featuredImages(post: Pick<ReaderPost, "featuredImage">) {
  const image = post.featuredImage;
  if (!image) return undefined;
  return [{ url: image.url, width: image.width, height: image.height, alt: image.alt || undefined, type: image.type }];
}
