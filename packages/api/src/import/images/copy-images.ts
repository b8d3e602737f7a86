/**
 * `--images download`: each Blogger-hosted image (and each data: image) of the imported posts is
 * fetched once, stored through the media library's own processing (variants, metadata
 * stripped, deduplicated by content), and the posts then point at the copy. What cannot be
 * fetched keeps its original link and gets a report line saying why.
 */
import type { Db } from "@crestwood/db";
import { excerptFromHtml, sanitizePostHtml } from "../../content/sanitize";
import type { MediaStorage } from "../../media/storage";
import { uploadMedia } from "../../services/media";
import { rewriteUrls } from "../rewrite-urls";
import type { RunContext } from "../write/context";
import { fetchImage, type ImageFetchOptions } from "./fetch-image";
import { isBloggerImageUrl } from "./hosts";

export interface ImageImportOptions extends ImageFetchOptions {
  storage: MediaStorage;
}

interface Copied {
  /** For <img src>: the display size. */
  src: string;
  /** For a link to the full-size image. */
  full: string;
}

const DATA_IMAGE = /^data:image\/[a-z0-9.+-]+;base64,/i;

/** Blogger wraps a thumbnail in a link to the full size: fetch the full size once for both. */
function imageLinks(html: string): Map<string, string> {
  const links = new Map<string, string>();
  const pattern = /<a\b[^>]*\bhref\s*=\s*["']([^"']+)["'][^>]*>\s*<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi;
  for (const match of html.matchAll(pattern)) {
    const [, href, src] = match;
    if (href && src && isBloggerImageUrl(href) && isBloggerImageUrl(src)) links.set(src, href);
  }
  return links;
}

export async function copyImages(db: Db, ctx: RunContext, options: ImageImportOptions): Promise<void> {
  const cache = new Map<string, Promise<Copied | Error>>();
  const copy = (url: string): Promise<Copied | Error> => {
    let pending = cache.get(url);
    if (!pending) {
      pending = (async () => {
        try {
          const { bytes, fileName } = DATA_IMAGE.test(url)
            ? { bytes: Buffer.from(url.replace(DATA_IMAGE, ""), "base64"), fileName: "inline-image" }
            : await fetchImage(url, options);
          const media = await uploadMedia(db, options.storage, { bytes, fileName, uploadedById: null, maxBytes: options.maxBytes });
          const largest = media.variants.filter((v) => v.format === media.variants[0]?.format).sort((a, b) => b.width - a.width)[0];
          ctx.report.images.downloaded++;
          return { src: media.url ?? url, full: largest?.url ?? media.url ?? url };
        } catch (error) {
          ctx.report.images.failed++;
          return error instanceof Error ? error : new Error(String(error));
        }
      })();
      cache.set(url, pending);
    }
    return pending;
  };

  const ids = [...ctx.posts.values()].filter((post) => post.fresh).map((post) => post.id);
  for (let start = 0; start < ids.length; start += 50) {
    const rows = await db.post.findMany({ where: { id: { in: ids.slice(start, start + 50) } }, select: { id: true, title: true, bodyHtml: true, excerpt: true, updatedAt: true } });
    for (const row of rows) {
      const links = imageLinks(row.bodyHtml);
      const wanted = new Set<string>();
      rewriteUrls(row.bodyHtml, {
        src: (src) => {
          if (DATA_IMAGE.test(src) || isBloggerImageUrl(src)) wanted.add(links.get(src) ?? src);
          return undefined;
        },
        href: (href) => {
          if ([...links.values()].includes(href)) wanted.add(href);
          return undefined;
        },
      });
      if (wanted.size === 0) continue;
      const results = new Map<string, Copied | Error>();
      // A few at a time: polite to Google's servers, and most posts have one or two images.
      const queue = [...wanted];
      await Promise.all(
        Array.from({ length: Math.min(4, queue.length) }, async () => {
          for (let url = queue.shift(); url !== undefined; url = queue.shift()) results.set(url, await copy(url));
        }),
      );
      const title = row.title || "(untitled)";
      for (const [url, result] of results) {
        const shown = url.startsWith("data:") ? "a data: image" : url;
        if (result instanceof Error) ctx.report.add("image-failed", `"${title}": ${shown}: ${result.message}`);
        else ctx.report.add("image-downloaded", `"${title}": ${shown}`);
      }
      const copied = (url: string) => {
        const result = results.get(url);
        return result && !(result instanceof Error) ? result : undefined;
      };
      const { html, changed } = rewriteUrls(row.bodyHtml, {
        src: (src) => {
          const viaLink = links.get(src);
          return (viaLink ? copied(viaLink)?.src : undefined) ?? copied(src)?.src;
        },
        href: (href) => copied(href)?.full,
      });
      if (!changed || ctx.dryRun) continue;
      const bodyHtml = sanitizePostHtml(html);
      const excerpt = row.excerpt === excerptFromHtml(row.bodyHtml) ? excerptFromHtml(bodyHtml) : row.excerpt;
      await db.post.update({ where: { id: row.id }, data: { bodyHtml, excerpt, updatedAt: row.updatedAt } });
    }
  }
}
