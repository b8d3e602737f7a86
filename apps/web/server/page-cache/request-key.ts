/**
 * Which requests the page cache may answer, and under what key. A key is the blog's origin (so
 * one Host can never be served another's entry), the path (normalised), and only the query
 * parameters the page reads (normalised); everything else a request carries is dropped before
 * Next renders it, so the rendered page is exactly what the key says.
 */
import type { IncomingMessage } from "node:http";
import { publicOrigin } from "@crestwood/api/edge";
import { queryParametersOf } from "@crestwood/api/urls";

/**
 * Parameters with few meaningful values keep only those; every other one the page reads is
 * free-form (any text, any date) and makes endless keys: their entries live in a small budget of
 * their own, so they cannot push out the pages readers visit (store.ts).
 */
const EXACT: Record<string, (value: string) => string | null> = {
  alt: (value) => (value === "rss" ? value : null),
  "reverse-paginate": (value) => (value === "true" ? value : null),
  // The notice after a comment was held for moderation.
  comment: (value) => (value === "pending" ? value : null),
  commentPage: (value) => (/^[1-9]\d{0,5}$/.test(value) ? value : null),
  page: (value) => (/^[1-9]\d{0,5}$/.test(value) ? value : null),
};

/**
 * Areas that are never cached: the admin, the API, uploads, Next's own assets, and the pages links
 * in mails open (following by e-mail, unsubscribing): they read a personal token or the outcome of
 * the reader's own form post, which a shared entry must not carry nor drop.
 */
const UNCACHED = /^\/(admin|api|media|_next|follow|comments\/unsubscribe)(\/|$)/;

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * One spelling per path: escapes of unreserved characters decoded (%41 → A), other escapes in
 * upper case, raw non-ASCII escaped. Otherwise every spelling of a page would be its own entry.
 */
export function normalisePath(rawPath: string): string | null {
  if (!rawPath.startsWith("/") || rawPath.startsWith("//") || rawPath.includes("\\")) return null;
  let path: string;
  try {
    path = new URL(rawPath, "http://x").pathname;
  } catch {
    return null;
  }
  return path.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

function originHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  if (req.headers.host) headers.set("host", req.headers.host);
  const proto = req.headers["x-forwarded-proto"];
  if (typeof proto === "string") headers.set("x-forwarded-proto", proto);
  return headers;
}

export interface PageKey {
  /** The entry's key: origin + path + kept parameters. */
  key: string;
  /** Path and kept parameters: what Next is asked to render on a miss. */
  url: string;
  path: string;
  /** Carries a free-form parameter: stored in the small budget. */
  freeForm: boolean;
}

/** The key for a reader's request, or null when it is no page the cache keeps. */
export function pageKeyFor(req: IncomingMessage): PageKey | null {
  const raw = req.url ?? "/";
  const queryAt = raw.indexOf("?");
  const path = normalisePath(queryAt < 0 ? raw : raw.slice(0, queryAt));
  if (path === null || UNCACHED.test(path)) return null;
  // The origin pages are rendered for: PUBLIC_URL when set (every Host then gets the same pages),
  // else the request's scheme and Host, exactly as the pages build their absolute links.
  const origin = publicOrigin(originHeaders(req));

  const query = new URLSearchParams(queryAt < 0 ? "" : raw.slice(queryAt + 1));
  // Next's own parameter for RSC payloads: such a request is never answered with HTML.
  if (query.has("_rsc")) return null;
  const kept: [string, string][] = [];
  let freeForm = false;
  // What the page at this address reads, as the URL module says (and nothing else).
  for (const name of queryParametersOf(path, query)) {
    // Pages read a parameter's first value.
    const value = query.get(name);
    if (value === null || value === "") continue;
    const exact = EXACT[name];
    if (!exact) {
      kept.push([name, value]);
      freeForm = true;
    } else {
      const normalised = exact(value);
      if (normalised !== null) kept.push([name, normalised]);
    }
  }
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const search = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : "";
  return { key: `${origin}${path}${search}`, url: `${path}${search}`, path, freeForm };
}
