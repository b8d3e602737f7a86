import type { Db, Prisma } from "@crestwood/db";
import type { Change } from "./change";
import { CHANGE_LOG_RETENTION_MS } from "./retention";
import { changeTransport } from "./transport";

/** A database handle inside a transaction (the client itself also fits where this is asked). */
export type Tx = Prisma.TransactionClient;

export type Announce = (...changes: Change[]) => void;

/** Writes the changes to the change log; must run inside the transaction that made them. */
async function recordChanges(tx: Tx, changes: readonly Change[], now: Date): Promise<void> {
  await tx.changeLog.createMany({ data: changes.map((change) => ({ change: JSON.stringify(change), createdAt: now })) });
  await tx.changeLog.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - CHANGE_LOG_RETENTION_MS) } } });
}

/**
 * The write path: runs `work` in one transaction, in which it announces what it changed; the
 * announcements are logged in that same transaction (so no process can see the change without
 * its log row, whoever wrote it: the web app, the CLI, an import, another instance) and published
 * on the change transport once it has committed.
 */
export async function withChanges<T>(
  db: Db,
  work: (tx: Tx, announce: Announce) => Promise<T>,
  options?: { isolationLevel?: Prisma.TransactionIsolationLevel; timeout?: number; maxWait?: number },
): Promise<T> {
  const changes: Change[] = [];
  const result = await db.$transaction(async (tx) => {
    const value = await work(tx, (...announced) => changes.push(...announced));
    if (changes.length > 0) await recordChanges(tx, changes, new Date());
    return value;
  }, options);
  if (changes.length > 0) changeTransport().publish(changes);
  return result;
}

/** Announces changes made outside a service (a test factory's rows, SQL by hand, a purge). */
export function announceChanges(db: Db, changes: Change[]): Promise<void> {
  return withChanges(db, async (_tx, announce) => announce(...changes));
}
