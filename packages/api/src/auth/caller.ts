import type { Db, Role } from "@crestwood/db";
import { readSessionCookie } from "./session-cookie";
import { findSession } from "./session";
import { findApiTokenCaller, readBearerToken } from "./api-token";

/** Who is calling, as every admin procedure sees it, however they proved it. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * A signed-in caller. `via` says how they proved who they are: a browser's session cookie, or an
 * API token (`Authorization: Bearer`, for scripts; its role is the token's, never more than the
 * account's). Only a session can be signed out; a token is revoked instead.
 */
export type Caller = { via: "session"; sessionId: string; user: AuthUser } | { via: "token"; tokenId: string; user: AuthUser };

/**
 * The one place that turns a request's credentials into a caller (or null: anonymous). A bearer
 * token, when sent, is what counts: a bad one is refused (UNAUTHORIZED) rather than ignored.
 */
export async function resolveCaller(db: Db, headers: Headers, now = new Date()): Promise<Caller | null> {
  const bearer = readBearerToken(headers);
  if (bearer !== null) {
    const { tokenId, user } = await findApiTokenCaller(db, bearer, now);
    return { via: "token", tokenId, user };
  }
  const token = readSessionCookie(headers);
  if (token) {
    const session = await findSession(db, token, now);
    if (session) return { via: "session", sessionId: session.id, user: session.user };
  }
  return null;
}
