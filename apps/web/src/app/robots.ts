import type { MetadataRoute } from "next";
import { getOrigin } from "~/lib/origin";

/** /robots.txt: everything readers see may be indexed; not search results, the API or the admin. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await getOrigin();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/search?", "/api/", "/admin"] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
