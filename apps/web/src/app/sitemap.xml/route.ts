import { formatSitemapPath, parseSitemapPage } from "@crestwood/api";
import { CacheTag, cacheTagsFor } from "~/lib/cache-tags";
import { getOrigin } from "~/lib/origin";
import { getApi } from "~/trpc/server";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function xmlResponse(body: string, status = 200): Response {
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`, {
    status,
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}

/**
 * Blogger's sitemaps: /sitemap.xml is a sitemap index naming /sitemap.xml?page=1…N, each with up
 * to 45,000 addresses (posts, pages, labels, the home page) and their last change.
 */
export async function GET(request: Request) {
  const [api, origin] = await Promise.all([getApi(), getOrigin()]);
  const page = parseSitemapPage(new URL(request.url).searchParams);
  cacheTagsFor(request, [CacheTag.sitemap]);
  const sitemap = await api.blog.sitemapPage({ page });
  if (!sitemap) return xmlResponse('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>', 404);
  if (sitemap.kind === "index") {
    const items = sitemap.pages.map(
      (item) => `<sitemap><loc>${escapeXml(`${origin}${formatSitemapPath(item.page)}`)}</loc><lastmod>${item.lastModified.toISOString()}</lastmod></sitemap>`,
    );
    return xmlResponse(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>`);
  }
  const urls = sitemap.entries.map((entry) => `<url><loc>${escapeXml(`${origin}${entry.path}`)}</loc><lastmod>${entry.lastModified.toISOString()}</lastmod></url>`);
  return xmlResponse(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>`);
}
