/**
 * Security headers. Reader pages ship no framework JavaScript (html/strip-scripts.ts), so their
 * policy allows only a few hand-written scripts, by hash, and is the same for every response,
 * cached or not. The admin keeps
 * Next's scripts, allowed by a nonce made per response (Next reads it from the request's policy
 * header and puts it on every script it renders; 'strict-dynamic' lets those load the chunks).
 */
import { createHash, randomBytes } from "node:crypto";
import { EMBED_FRAME_ORIGINS } from "@crestwood/content";
import { READER_SCRIPTS } from "../src/lib/reader-scripts";

/** The hand-written reader scripts, by hash: the only scripts a reader page may run. */
const READER_SCRIPT_HASHES = READER_SCRIPTS.map((script) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`);

export interface PolicyOptions {
  /** Origins the owner allows for gadgets and analytics (Settings): scripts, frames, connections. */
  extraOrigins?: readonly string[];
  /** Next's development server needs eval and its hot-reload socket. */
  dev?: boolean;
}

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

const COMMON = {
  "default-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "font-src": ["'self'", "data:"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "frame-ancestors": ["'none'"],
  "form-action": ["'self'"],
};

/** The policy of every reader page (and feed, 404, …): no script runs but the reader scripts. */
export function readerPolicy(options: PolicyOptions = {}): string {
  const extra = options.extraOrigins ?? [];
  return policy({
    ...COMMON,
    "script-src": [...READER_SCRIPT_HASHES, ...extra],
    // Posts show images and media from anywhere (Blogger posts hotlink their photos).
    "img-src": ["*", "data:"],
    "media-src": ["*"],
    "frame-src": [...EMBED_FRAME_ORIGINS, ...extra],
    "connect-src": ["'self'", ...extra],
  });
}

/** The admin's policy for one response, with its nonce. */
export function adminPolicy(nonce: string, options: PolicyOptions = {}): string {
  return policy({
    ...COMMON,
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    // The editor previews uploads (blob:) and shows posts' images from anywhere.
    "img-src": ["*", "data:", "blob:"],
    "media-src": ["*", "blob:"],
    "frame-src": [...EMBED_FRAME_ORIGINS],
    "connect-src": ["'self'", ...(options.dev ? ["ws:", "wss:"] : [])],
  });
}

export function newNonce(): string {
  return randomBytes(18).toString("base64");
}

/** Headers every response carries, whatever it is. */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
};
