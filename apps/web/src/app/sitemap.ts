import type { MetadataRoute } from "next";
import { CacheTag, cacheTags } from "~/lib/cache-tags";
import { getOrigin } from "~/lib/origin";
import { getApi } from "~/trpc/server";

/** /sitemap.xml: posts, pages and labels with their last change, absolute to the blog's origin. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [api, origin] = await Promise.all([getApi(), getOrigin()]);
  const entries = await api.blog.sitemap();
  await cacheTags(CacheTag.sitemap);
  return entries.map((entry) => ({ url: `${origin}${entry.path}`, lastModified: entry.lastModified }));
}
