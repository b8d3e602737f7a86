/** What kind of request this is, as far as the server in front of Next cares. */
import type { IncomingMessage } from "node:http";
import { SESSION_COOKIE } from "@crestwood/api/edge";

/** Requests for RSC payloads (client navigation, prefetch, server actions): never answered with HTML. */
export function isRscRequest(req: IncomingMessage): boolean {
  const headers = req.headers;
  return (
    headers.rsc !== undefined ||
    headers["next-router-state-tree"] !== undefined ||
    headers["next-router-prefetch"] !== undefined ||
    headers["next-router-segment-prefetch"] !== undefined ||
    headers["next-action"] !== undefined ||
    /[?&]_rsc=/.test(req.url ?? "")
  );
}

/** Carries credentials: a session cookie (anything under that name) or an Authorization header. */
export function hasCredentials(req: IncomingMessage): boolean {
  if (req.headers.authorization !== undefined) return true;
  const cookie = req.headers.cookie;
  if (!cookie) return false;
  return cookie.split(";").some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
}

export type Area = "admin" | "reader" | "other";

/** The admin (its own policy, with a nonce), reader pages (no scripts), and the rest (API, assets, media). */
export function areaOf(req: IncomingMessage): Area {
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  if (/^\/admin(\/|$)/.test(path)) return "admin";
  if (/^\/(api|media|_next)(\/|$)/.test(path)) return "other";
  return "reader";
}
