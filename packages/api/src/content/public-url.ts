import { getEnv, parsePublicUrl } from "@crestwood/config";

// Absolute URLs (feeds, sitemap, canonical and OpenGraph links) start at the blog's public
// address: PUBLIC_URL when configured, else the host the request came to, so a blog reached
// as http://localhost:3000 or through a proxy links to itself either way.

/** PUBLIC_URL, validated; null when unset. Throws a message naming the variable when it is wrong. */
export function configuredPublicUrl(value?: string): URL | null {
  return value === undefined ? getEnv().PUBLIC_URL : parsePublicUrl(value);
}

// A Host header is client input: only a plain host name or address (and port) is used.
const SAFE_HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The blog's origin, e.g. "https://blog.example.com" (no trailing slash). Without PUBLIC_URL, the
 * Host of the request; X-Forwarded-Proto reaches here only from a trusted proxy (the server
 * removes it otherwise: apps/web/server).
 */
export function publicOrigin(headers: Headers, configured?: string): string {
  const fromConfig = configuredPublicUrl(configured);
  if (fromConfig) return fromConfig.origin;
  const host = headers.get("host")?.trim() ?? "";
  const forwardedProto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const protocol = forwardedProto === "https" ? "https" : "http";
  return `${protocol}://${SAFE_HOST.test(host) ? host.toLowerCase() : "localhost"}`;
}
