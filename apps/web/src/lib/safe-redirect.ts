/**
 * Where to go after signing in: `next` when it is a path on this site, else `fallback`.
 * Refused: other hosts (`//evil.example`, `https://evil.example`), backslash tricks that browsers
 * read as `//` (`/\evil.example`), dot segments that normalise into `//` (`/.//evil.example`),
 * and control characters. The check is made on the path as it will be sent, after normalising.
 */
export function safeRedirectPath(next: unknown, fallback = "/admin"): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//")) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
  const base = "http://crestwood.invalid";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `new URL` turns "/.//x" into "//x": a Location that browsers read as another host.
  if (path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
