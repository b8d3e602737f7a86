import type { Db, Role } from "@crestwood/db";
import { ZApiTokenCreateInputSchema, type TApiTokenCreateInput } from "@crestwood/validators";
import { AppError } from "../errors";
import { generateApiToken } from "../auth/api-token";
import { hashToken } from "../auth/session";

const DAY_MS = 24 * 60 * 60 * 1000;

/** What lists show about a token: never the secret, nor its hash. */
const apiTokenSummarySelect = {
  id: true,
  name: true,
  role: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  user: { select: { id: true, name: true, email: true } },
} as const;

/**
 * Mints a token for an account (the admin page, the CLI, and test factories all come here).
 * The token is returned once; only its sha256 is stored. Its role may not exceed the account's.
 */
export async function createApiToken(db: Db, owner: { id: string; role: Role }, rawInput: TApiTokenCreateInput, now = new Date()) {
  const input = ZApiTokenCreateInputSchema.parse(rawInput);
  if (input.role === "owner" && owner.role !== "owner") {
    throw new AppError("INVALID_INPUT", "An author's token cannot have the owner's role.", { field: "role" });
  }
  const token = generateApiToken();
  const apiToken = await db.apiToken.create({
    data: {
      name: input.name,
      role: input.role,
      userId: owner.id,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY_MS) : null,
    },
    select: apiTokenSummarySelect,
  });
  return { token, apiToken };
}

/** Every token of the blog, newest first, with whose it is and when it was last used. */
export async function listApiTokens(db: Db) {
  return db.apiToken.findMany({ select: apiTokenSummarySelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}
export type ApiTokenSummary = Awaited<ReturnType<typeof listApiTokens>>[number];

/** Stops a token for good. Revoking twice keeps the first time. */
export async function revokeApiToken(db: Db, id: string, now = new Date()) {
  const existing = await db.apiToken.findUnique({ where: { id }, select: { revokedAt: true } });
  if (!existing) throw new AppError("NOT_FOUND", `No API token with the id "${id}".`);
  if (!existing.revokedAt) await db.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  return db.apiToken.findUniqueOrThrow({ where: { id }, select: apiTokenSummarySelect });
}
