/** The cookie that carries a browser's session token. */
export const SESSION_COOKIE = "crestwood_session";
/**
 * The cookie that marks a browser as one that signed in before (a known device): it outlives
 * sessions and sign-outs, and lets its owner sign in while their account is protected from a
 * guessing attack elsewhere (auth/sign-in-throttle.ts).
 */
export const DEVICE_COOKIE = "crestwood_device";

/**
 * Where procedures that sign someone in or out put the session cookie. The web app supplies one
 * per transport (Next's cookie store for server actions, response headers for /api/trpc); it
 * decides `secure` from the request's scheme.
 */
export interface SessionCookieJar {
  set(token: string, expiresAt: Date): void | Promise<void>;
  clear(): void | Promise<void>;
  /** Sets the known-device cookie (DEVICE_COOKIE) after a successful sign-in. */
  setDevice(token: string, expiresAt: Date): void | Promise<void>;
}

export interface SessionCookieOptions {
  httpOnly: true;
  sameSite: "lax";
  secure: boolean;
  path: "/";
  expires: Date;
}

/** HttpOnly (no script can read it), SameSite=Lax (not sent on cross-site POSTs), Secure over https. */
export function sessionCookieOptions(secure: boolean, expires: Date): SessionCookieOptions {
  return { httpOnly: true, sameSite: "lax", secure, path: "/", expires };
}

/** The Set-Cookie header value, for transports without a cookie API. An empty value clears it. */
export function serializeSessionCookie(token: string, options: SessionCookieOptions, name: string = SESSION_COOKIE): string {
  const parts = [`${name}=${encodeURIComponent(token)}`, `Path=${options.path}`, `Expires=${options.expires.toUTCString()}`, "HttpOnly", "SameSite=Lax"];
  if (options.secure) parts.push("Secure");
  return parts.join("; ");
}

/** The session token from a Cookie header, if any. */
export function readSessionCookie(headers: Headers): string | null {
  return readCookie(headers, SESSION_COOKIE);
}

/** A cookie's value from a Cookie header, if any. */
export function readCookie(headers: Headers, name: string): string | null {
  const header = headers.get("cookie");
  if (!header) return null;
  for (const pair of header.split(";")) {
    const index = pair.indexOf("=");
    if (index < 0 || pair.slice(0, index).trim() !== name) continue;
    try {
      return decodeURIComponent(pair.slice(index + 1).trim()) || null;
    } catch {
      return null;
    }
  }
  return null;
}

/** True when the request reached us over https (directly or through a proxy that says so). */
export function isHttpsRequest(headers: Headers, url?: string): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (forwarded) return forwarded === "https";
  return url ? url.startsWith("https:") : false;
}
