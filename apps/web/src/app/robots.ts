import type { MetadataRoute } from "next";
import { getOrigin } from "~/lib/origin";

/** /robots.txt: everything readers see may be indexed except search results and the API. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await getOrigin();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/search?", "/api/"] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
