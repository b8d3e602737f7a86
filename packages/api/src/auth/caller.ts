import type { Db, Role } from "@crestwood/db";
import { readSessionCookie } from "./session-cookie";
import { findSession } from "./session";

/** Who is calling, as every admin procedure sees it, however they proved it. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * A signed-in caller. `via` says how they proved who they are; only a session can be signed out.
 * API tokens (Authorization: Bearer, the ApiToken model) belong here as another `via` that yields
 * the same `user` shape, resolved in `resolveCaller` below.
 */
export type Caller = { via: "session"; sessionId: string; user: AuthUser };

/** The one place that turns a request's credentials into a caller (or null: anonymous). */
export async function resolveCaller(db: Db, headers: Headers, now = new Date()): Promise<Caller | null> {
  const token = readSessionCookie(headers);
  if (token) {
    const session = await findSession(db, token, now);
    if (session) return { via: "session", sessionId: session.id, user: session.user };
  }
  return null;
}
