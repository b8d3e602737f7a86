import { z } from "zod";

// Absolute URLs (feeds, sitemap, canonical and OpenGraph links) start at the blog's public
// address: PUBLIC_URL when configured, else the host the request came to, so a blog reached
// as http://localhost:3000 or through a proxy links to itself either way.

const ZPublicUrl = z
  .url({ protocol: /^https?$/, error: "PUBLIC_URL must be an http:// or https:// address, e.g. https://blog.example.com" })
  .transform((value) => new URL(value))
  .refine((url) => (url.pathname === "/" || url.pathname === "") && !url.search && !url.hash && !url.username, {
    error: "PUBLIC_URL must be the blog's origin only (e.g. https://blog.example.com), without path, query or credentials.",
  });

/** PUBLIC_URL, validated; null when unset. Throws a message naming the variable when it is wrong. */
export function configuredPublicUrl(value: string | undefined = process.env.PUBLIC_URL): URL | null {
  if (value === undefined || value.trim() === "") return null;
  const parsed = ZPublicUrl.safeParse(value.trim());
  if (!parsed.success) throw new Error(`Invalid PUBLIC_URL "${value}": ${parsed.error.issues[0]?.message ?? "not a URL"}`);
  return parsed.data;
}

// A Host header is client input: only a plain host name or address (and port) is used.
const SAFE_HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The blog's origin, e.g. "https://blog.example.com" (no trailing slash). */
export function publicOrigin(headers: Headers, configured: string | undefined = process.env.PUBLIC_URL): string {
  const fromConfig = configuredPublicUrl(configured);
  if (fromConfig) return fromConfig.origin;
  const host = headers.get("host")?.trim() ?? "";
  const forwardedProto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const protocol = forwardedProto === "https" ? "https" : "http";
  return `${protocol}://${SAFE_HOST.test(host) ? host.toLowerCase() : "localhost"}`;
}
