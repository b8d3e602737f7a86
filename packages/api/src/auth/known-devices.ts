import { randomBytes } from "node:crypto";
import type { Db } from "@crestwood/db";
import { hashToken } from "./session";

/** A known device's cookie lives this long after its last successful sign-in. */
export const KNOWN_DEVICE_LIFETIME_MS = 365 * 24 * 60 * 60 * 1000;
/** An address counts as known this long after a successful sign-in from it. */
export const KNOWN_ADDRESS_LIFETIME_MS = 90 * 24 * 60 * 60 * 1000;

/** How a sign-in attempt's client relates to the account: by its cookie, its address, or not at all. */
export type ClientFamiliarity = { via: "device"; deviceId: string } | { via: "address" } | { via: "none" };

/**
 * Whether this browser (its device cookie) or this address (hashed) signed in to the account
 * successfully before. Used only to let the account's owner through while strangers' guesses
 * have the account protected; the password is checked as always.
 */
export async function familiarity(db: Db, userId: string | null, client: { deviceToken: string | null; ipHash: string | null }, now = new Date()): Promise<ClientFamiliarity> {
  if (!userId) return { via: "none" };
  if (client.deviceToken) {
    const device = await db.knownDevice.findUnique({ where: { tokenHash: hashToken(client.deviceToken) }, select: { id: true, userId: true, lastUsedAt: true } });
    if (device && device.userId === userId && now.getTime() - device.lastUsedAt.getTime() < KNOWN_DEVICE_LIFETIME_MS) return { via: "device", deviceId: device.id };
  }
  if (client.ipHash) {
    const since = new Date(now.getTime() - KNOWN_ADDRESS_LIFETIME_MS);
    const seen = await db.knownDevice.findFirst({ where: { userId, ipHash: client.ipHash, lastUsedAt: { gt: since } }, select: { id: true } });
    if (seen) return { via: "address" };
  }
  return { via: "none" };
}

/** At most this many devices and addresses are remembered per account (the most recent). */
const MAX_REMEMBERED = 50;

/**
 * After a successful sign-in: the browser gets a new device cookie (a new random token each time,
 * so an old copied cookie stops counting) and the address is remembered, hashed. A browser that
 * moved keeps its earlier address on record (the old row, its token retired), so home stays known
 * after signing in from a café.
 */
export async function rememberDevice(db: Db, userId: string, client: { deviceToken: string | null; ipHash: string | null }, now = new Date()) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + KNOWN_DEVICE_LIFETIME_MS);
  const previous = client.deviceToken
    ? await db.knownDevice.findUnique({ where: { tokenHash: hashToken(client.deviceToken) }, select: { id: true, userId: true, ipHash: true } })
    : null;
  if (previous && previous.userId === userId) {
    if (previous.ipHash && previous.ipHash !== client.ipHash) {
      await db.knownDevice.update({ where: { id: previous.id }, data: { tokenHash: `retired:${randomBytes(16).toString("hex")}` } });
    } else {
      await db.knownDevice.delete({ where: { id: previous.id } });
    }
  }
  await db.knownDevice.create({ data: { userId, tokenHash: hashToken(token), ipHash: client.ipHash, createdAt: now, lastUsedAt: now } });
  // Forget the oldest beyond the cap, and anything unused for a year.
  const stale = await db.knownDevice.findMany({ where: { userId }, orderBy: { lastUsedAt: "desc" }, skip: MAX_REMEMBERED, select: { id: true } });
  await db.knownDevice.deleteMany({
    where: { userId, OR: [{ id: { in: stale.map((row) => row.id) } }, { lastUsedAt: { lt: new Date(now.getTime() - KNOWN_DEVICE_LIFETIME_MS) } }] },
  });
  return { token, expiresAt };
}
