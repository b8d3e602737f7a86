/**
 * The reader's IP address as forwarded by the proxy in front of the app (first X-Forwarded-For
 * hop, or X-Real-IP). Used only, hashed, for flood control; null when no proxy says.
 */
export function clientIpFrom(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || null;
}
