import type { MetadataRoute } from "next";
import { CacheTag, cacheTags } from "~/lib/cache-tags";
import { getOrigin } from "~/lib/origin";

/** /robots.txt: everything readers see may be indexed; not search results, the API or the admin. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await getOrigin();
  await cacheTags(CacheTag.blog);
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/search?", "/api/", "/admin"] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
