import { getEnv } from "@crestwood/config";
import { servedByCrestwood } from "./client-ip";

/**
 * The hosts this blog answers as: PUBLIC_URL's (when configured), the Host the request came to,
 * and X-Forwarded-Host only when Crestwood's server vouches for it (it keeps that header from
 * trusted proxies alone; under another server any client could send it).
 */
function ownHosts(headers: Headers): string[] {
  const hosts = [getEnv().PUBLIC_URL?.host, headers.get("host")];
  if (servedByCrestwood()) hosts.push(headers.get("x-forwarded-host"));
  return hosts.filter((host): host is string => Boolean(host)).map((host) => host.trim().toLowerCase());
}

/**
 * True when a browser tells us the request comes from another site. Browsers send Sec-Fetch-Site
 * (and Origin on POST); scripts using the API send neither and are judged by their token instead.
 */
export function isCrossSiteRequest(req: Request): boolean {
  const site = req.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = req.headers.get("origin");
  if (!origin) return false;
  try {
    return !ownHosts(req.headers).includes(new URL(origin).host.toLowerCase());
  } catch {
    return true;
  }
}
