import { randomBytes } from "node:crypto";
import type { Db, Role } from "@crestwood/db";
import { AppError } from "../errors";
import type { AuthUser } from "./caller";
import { hashToken } from "./session";

/** Every API token starts with this, so secret scanners and people recognise one. */
export const API_TOKEN_PREFIX = "cw_";
/** `lastUsedAt` is written at most this often per token, so busy scripts do not write on every call. */
export const LAST_USED_INTERVAL_MS = 60 * 1000;

/** A new token: the prefix and 32 random bytes (base64url). Only its sha256 is ever stored. */
export function generateApiToken(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** The token of an `Authorization: Bearer <token>` header; null when there is no bearer header. */
export function readBearerToken(headers: Headers): string | null {
  const header = headers.get("authorization");
  const match = header?.match(/^Bearer\s+(.*)$/i);
  return match ? (match[1] ?? "").trim() : null;
}

/** A token acts with its own role, never more than its account's (a demoted owner's tokens act as an author). */
export function effectiveRole(tokenRole: Role, userRole: Role): Role {
  return tokenRole === "owner" && userRole === "owner" ? "owner" : "author";
}

const HOW_TO_GET_ONE = "Create a new token in /admin/tokens or with `pnpm crestwood token create`.";

/**
 * The account a bearer token acts for. Unknown, revoked and expired tokens are refused with
 * UNAUTHORIZED and a message that says which, so a script's log tells its owner what to do.
 */
export async function findApiTokenCaller(db: Db, token: string, now = new Date()): Promise<{ tokenId: string; user: AuthUser }> {
  const row = token
    ? await db.apiToken.findUnique({
        where: { tokenHash: hashToken(token) },
        select: { id: true, role: true, expiresAt: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, role: true } } },
      })
    : null;
  if (!row) throw new AppError("UNAUTHORIZED", `This API token is not valid (check that it was copied whole). ${HOW_TO_GET_ONE}`);
  if (row.revokedAt) throw new AppError("UNAUTHORIZED", `This API token was revoked on ${row.revokedAt.toISOString()}. ${HOW_TO_GET_ONE}`);
  if (row.expiresAt && row.expiresAt <= now) throw new AppError("UNAUTHORIZED", `This API token expired on ${row.expiresAt.toISOString()}. ${HOW_TO_GET_ONE}`);

  const staleBefore = new Date(now.getTime() - LAST_USED_INTERVAL_MS);
  if (!row.lastUsedAt || row.lastUsedAt < staleBefore) {
    // Conditional, so concurrent requests (on any instance) write it once per interval.
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  return { tokenId: row.id, user: { ...row.user, role: effectiveRole(row.role, row.user.role) } };
}
