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
      const host = new URL(url).hostname.toLowerCase();
      const blogspot = /^([a-z0-9-]+)\.blogspot\.[a-z.]+$/.exec(host);
      hosts.add(blogspot ? `${blogspot[1]}.blogspot.` : host);
    } catch {
      // Not a URL: nothing to match.
    }
  }
  return hosts;
}

function matchesOldHost(hostname: string, hosts: Set<string>): boolean {
  const host = hostname.toLowerCase();
  const blogspot = /^([a-z0-9-]+)\.blogspot\.[a-z.]+$/.exec(host);
  return hosts.has(blogspot ? `${blogspot[1]}.blogspot.` : host) || (host.startsWith("www.") && hosts.has(host.slice(4)));
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

export async function rewriteOldLinks(tx: Tx, ctx: RunContext): Promise<void> {
  if (ctx.postsWithOldLinks.size === 0 || ctx.oldHosts.size === 0) return;
  const pathMap = new Map<string, string>();
  for (const post of ctx.posts.values()) if (post.oldPath && post.path) pathMap.set(post.oldPath, post.path);
  const rows = await tx.post.findMany({ where: { id: { in: [...ctx.postsWithOldLinks] } }, select: { id: true, title: true, bodyHtml: true, excerpt: true } });
  for (const row of rows) {
    const { html, changed } = rewriteUrls(row.bodyHtml, { href: (href) => newLink(href, ctx.oldHosts, pathMap) });
    if (!changed) continue;
    const bodyHtml = sanitizePostHtml(html);
    const excerpt = row.excerpt === excerptFromHtml(row.bodyHtml) ? excerptFromHtml(bodyHtml) : row.excerpt;
    // The update keeps the post's own updatedAt: the links changed address, not the post.
    const current = await tx.post.findUnique({ where: { id: row.id }, select: { updatedAt: true } });
    await tx.post.update({ where: { id: row.id }, data: { bodyHtml, excerpt, updatedAt: current?.updatedAt } });
    ctx.report.add("link-rewritten", `"${row.title || "(untitled)"}": ${changed} link${changed === 1 ? "" : "s"}`);
  }
}
