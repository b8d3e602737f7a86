/**
 * After every post is written: links in imported posts that point at the blog's old Blogger
 * address (name.blogspot.com, any country domain, or its custom domain) now point at this blog.
 * A link to an imported post goes to its new address; any other path (labels, archives, pages)
 * keeps its path, since Crestwood answers at Blogger's paths.
 */
import { excerptFromHtml, sanitizePostHtml } from "../../content/sanitize";
import { oldAddress } from "../blogger/paths";
import { rewriteUrls } from "../rewrite-urls";
import type { RunContext, Tx } from "./context";

/** name.blogspot.com → "name.blogspot." (country domains: name.blogspot.se, name.blogspot.co.uk). */
export function oldHostsOf(urls: readonly string[]): Set<string> {
  const hosts = new Set<string>();
  for (const url of urls) {
    try {
      const host = new URL(url).hostname.toLowerCase().replace(/^www\./, "");
      const blogspot = /^([a-z0-9-]+)\.blogspot\.[a-z.]+$/.exec(host);
      hosts.add(blogspot ? `${blogspot[1]}.blogspot.` : host);
    } catch {
      // Not a URL: nothing to match.
    }
  }
  return hosts;
}

function matchesOldHost(hostname: string, hosts: Set<string>): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, "");
  const blogspot = /^([a-z0-9-]+)\.blogspot\.[a-z.]+$/.exec(host);
  return hosts.has(blogspot ? `${blogspot[1]}.blogspot.` : host);
}

/** The new address for an old link, or undefined when the link is not to the old blog. */
export function newLink(href: string, hosts: Set<string>, pathMap: ReadonlyMap<string, string>): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !matchesOldHost(url.hostname, hosts)) return undefined;
  const address = oldAddress(url.pathname);
  url.searchParams.delete("m");
  const query = url.searchParams.toString();
  const rest = `${query ? `?${query}` : ""}${url.hash}`;
  if (address) return `${pathMap.get(address.path) ?? url.pathname}${rest}`;
  return `${url.pathname}${rest}`;
}

/**
 * While a post is written: links to the old blog become paths on this blog. A link to an imported
 * post gets that post's old path, which leads to it (its address, or a redirect when its slug
 * changed); the paths linked are remembered so `relinkMovedPosts` can point them straight at
 * posts whose address changed.
 */
export function relinkOnWrite(ctx: RunContext, postId: string, title: string, html: string): string {
  if (ctx.oldHosts.size === 0) return html;
  let mentions = false;
  for (const host of ctx.oldHosts) if (html.includes(host)) mentions = true;
  if (!mentions) return html;
  const linked = new Set<string>();
  const { html: rewritten, changed } = rewriteUrls(html, {
    href: (href) => {
      const next = newLink(href, ctx.oldHosts, EMPTY);
      const address = next ? oldAddress(next.replace(/[?#].*$/, "")) : null;
      if (address) linked.add(address.path);
      return next;
    },
  });
  if (!changed) return html;
  if (linked.size) ctx.linksToPosts.set(postId, linked);
  ctx.report.add("link-rewritten", `"${title || "(untitled)"}": ${changed} link${changed === 1 ? "" : "s"}`);
  return rewritten;
}
const EMPTY: ReadonlyMap<string, string> = new Map();

/** After every post is written: links to posts whose address changed go straight to the new one. */
export async function relinkMovedPosts(tx: Tx, ctx: RunContext): Promise<void> {
  const moved = new Map<string, string>();
  for (const post of ctx.posts.values()) if (post.fresh && post.oldPath && post.path && decodeURI(post.path) !== post.oldPath) moved.set(post.oldPath, post.path);
  const ids = [...ctx.linksToPosts].filter(([, paths]) => [...paths].some((path) => moved.has(path))).map(([id]) => id);
  if (ids.length === 0 || ctx.dryRun) return;
  const rows = await tx.post.findMany({ where: { id: { in: ids } }, select: { id: true, bodyHtml: true, excerpt: true, updatedAt: true } });
  for (const row of rows) {
    const { html, changed } = rewriteUrls(row.bodyHtml, {
      href: (href) => {
        if (!href.startsWith("/")) return undefined;
        const [, path = "", rest = ""] = /^([^?#]*)(.*)$/.exec(href) ?? [];
        const target = moved.get(oldAddress(path)?.path ?? "");
        return target ? `${target}${rest}` : undefined;
      },
    });
    if (!changed) continue;
    const bodyHtml = sanitizePostHtml(html);
    const excerpt = row.excerpt === excerptFromHtml(row.bodyHtml) ? excerptFromHtml(bodyHtml) : row.excerpt;
    // The post itself did not change, only where its links lead: its updated time stays.
    await tx.post.update({ where: { id: row.id }, data: { bodyHtml, excerpt, updatedAt: row.updatedAt } });
  }
}
